/**
 * The customizer's pay fields as they travel in links and storage: the few names the role page
 * needs before the pay code itself loads (src/client/role-pay.ts).
 */
export const PAY_FIELDS = ['payMin', 'payMax', 'currency', 'period'] as const;
export type PayField = (typeof PAY_FIELDS)[number];
export type PayValues = Partial<Record<PayField, string>>;

/** localStorage key of the pay saved per role: { "<slug>": PayValues }. */
export const PAY_STORAGE_KEY = 'rolebook-pay';
