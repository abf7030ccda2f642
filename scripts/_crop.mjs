import sharp from 'sharp';
const [file, prefix, step = '1600'] = process.argv.slice(2);
const meta = await sharp(file).metadata();
for (let top = 0, i = 0; top < meta.height; top += +step, i++) {
	const h = Math.min(+step, meta.height - top);
	await sharp(file).extract({ left: 0, top, width: meta.width, height: h }).toFile(`${prefix}-${i}.png`);
	console.log(`${prefix}-${i}.png`);
}
