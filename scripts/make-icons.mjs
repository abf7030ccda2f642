// Draws public/favicon.ico (32×32 PNG inside an ICO container) and public/apple-touch-icon.png
// (180×180) from public/favicon.svg. Run after changing the SVG: node scripts/make-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('public/favicon.svg');
const png = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

const icon = png(32);
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(32, 6); // width
header.writeUInt8(32, 7); // height
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(icon.length, 14);
header.writeUInt32LE(22, 18); // image data offset
writeFileSync('public/favicon.ico', Buffer.concat([header, icon]));
writeFileSync('public/apple-touch-icon.png', png(180));
