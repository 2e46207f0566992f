const T=()=>{const c=process.cpuUsage(); return (c.user+c.system)/1000;}; let t=T(); const lap=(l)=>{const n=T(); console.log(l.padEnd(30),(n-t).toFixed(0)); t=n;};
const w = (await import('wink-nlp')).default; lap('wink-nlp');
const m = (await import('wink-eng-lite-web-model')).default; lap('model import');
const nlp = w(m, ['sbd']); lap('instantiate');
nlp.readDoc('Hello there. This is a test.').sentences().out(); lap('first doc');
