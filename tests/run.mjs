// `npm test`: the unit and component tests (Vitest), then the end-to-end tests (Playwright Test),
// and one closing line with the total of both. Arguments are not passed on: to run one file, call
// the runner itself (see the README's "Test it").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
const VITEST_JSON = `${RESULTS}/unit-results.json`;
const PLAYWRIGHT_JSON = `${RESULTS}/e2e-results.json`;
mkdirSync(RESULTS, { recursive: true });
for (const file of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(file, { force: true });

function run(command, args) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return status ?? 1;
}

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
const e2eStatus = run('npx', ['playwright', 'test']);

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const unit = readJson(VITEST_JSON);
const e2e = readJson(PLAYWRIGHT_JSON);
const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit ? unit.numFailedTests : 1;
const e2ePassed = e2e?.stats.expected ?? 0;
const e2eFailed = e2e ? e2e.stats.unexpected + e2e.stats.flaky : 1;
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats.skipped ?? 0);

console.log(`\nUnit and component tests: ${unitPassed} passed, ${unitFailed} failed${unit ? '' : ' (no results: the runner failed)'}`);
console.log(`End-to-end tests: ${e2ePassed} passed, ${e2eFailed} failed${e2e ? '' : ' (no results: the runner failed)'}`);
const passed = unitPassed + e2ePassed;
const failed = unitFailed + e2eFailed;
console.log(`Total: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(unitStatus === 0 && e2eStatus === 0 && failed === 0 ? 0 : 1);
