// smoke.js - browser smoke test: drives the web app in headless Chromium (playwright-core), through real input and the test hook.
//
// Usage: node smoke.js URL SCREENSHOT.png    (tests/browser/smoke.sh serves the site and calls this)
// Prints one line per check and "browser: N passed, N failed"; exit code 1 on any failure.
'use strict';
const { chromium } = require('playwright-core');

const [url, screenshot] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node smoke.js URL SCREENSHOT.png');
  process.exit(2);
}

// Debian's chromium. No GPU here: WebGL2 runs on SwiftShader (do NOT pass --use-gl=swiftshader: it breaks WebGL).
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) passed++; else failed++;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'}  ${name}${!ok && detail !== undefined ? ' -- ' + detail : ''}`);
}

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const errors = [];
  page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push('console.error: ' + m.text());
  });

  // Waits until the run counter passed `runsBefore` and the program is no longer running.
  async function waitForRunEnd(runsBefore) {
    await page.waitForFunction(
      (n) => window.coilTest.runs() > n && ['finished', 'error'].includes(window.coilTest.status()),
      runsBefore, { timeout: 20000 });
  }
  async function center(name) {
    const r = await page.evaluate((n) => window.coilTest.widgetRect(n), name);
    if (!r) throw new Error(`no rect for widget ${name}`);
    return { x: (r.x0 + r.x1) / 2, y: (r.y0 + r.y1) / 2 };
  }
  const hook = (fn, ...args) => page.evaluate(fn, ...args);

  try {
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => window.coilTest && window.coilTest.ready, null, { timeout: 60000 });
    const frames = await hook(() => window.coilTest.frames());
    check(`app ready (${Date.now() - t0} ms after navigation, ${frames} frames drawn)`, frames >= 2);

    // 1. Editor text set through the hook, Run pressed with a real mouse click on the button.
    // (Each program's source contains its expected output: true for the core's echo stub and for the real interpreter.)
    let runs = await hook(() => window.coilTest.runs());
    const program1 = 'print("hello from the browser")\n';
    await hook((s) => window.coilTest.setEditorText(s), program1);
    const run = await center('run');
    await page.mouse.click(run.x, run.y);
    await waitForRunEnd(runs);
    let out = await hook(() => window.coilTest.output());
    check('click on Run: the program ran and its output reached the output pane',
      out.includes('hello from the browser') && (await hook(() => window.coilTest.status())) === 'finished',
      JSON.stringify(out));

    // 2. Typed into the editor with the keyboard, run with Ctrl+Enter.
    runs = await hook(() => window.coilTest.runs());
    const editor = await center('editor');
    await page.mouse.click(editor.x, editor.y);
    await page.keyboard.press('Control+A');
    const program2 = 'print("typed into the editor")';
    await page.keyboard.type(program2);
    await page.waitForFunction((s) => window.coilTest.editorText() === s, program2, { timeout: 5000 }).catch(() => {});
    const typed = await hook(() => window.coilTest.editorText());
    check('typing replaces the editor text', typed === program2, JSON.stringify(typed));
    await page.keyboard.press('Control+Enter');
    await waitForRunEnd(runs).catch(() => {});
    out = await hook(() => window.coilTest.output());
    check('Ctrl+Enter runs the typed program', out.includes('typed into the editor'), JSON.stringify(out));

    // 3. Everything through the hook (setEditorText + run), then the screenshot.
    runs = await hook(() => window.coilTest.runs());
    await hook((s) => window.coilTest.setEditorText(s), 'print("Hello from Coil in the browser")\nprint(6 * 7)\n');
    await hook(() => window.coilTest.run());
    await waitForRunEnd(runs);
    out = await hook(() => window.coilTest.output());
    check('coilTest.run(): output read back through the hook', out.includes('Hello from Coil in the browser'),
      JSON.stringify(out));
    await page.waitForTimeout(300);  // a few frames with the output on screen
    await page.screenshot({ path: screenshot });
    console.log(`  screenshot ${screenshot}`);

    check('no page errors', errors.length === 0, errors.join(' | '));
  } catch (e) {
    check('browser test ran to the end', false, e && e.message ? e.message.split('\n')[0] : String(e));
    await page.screenshot({ path: screenshot }).catch(() => {});
    if (errors.length) console.log('  page errors: ' + errors.join(' | '));
  } finally {
    await browser.close();
  }
}

main().then(() => {
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}, (e) => {
  console.log(`  FAIL  could not run the browser: ${e && e.message}`);
  console.log(`browser: ${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
