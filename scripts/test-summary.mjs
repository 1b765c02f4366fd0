// Prints one closing line, "N passed, N failed", from the unit and browser test reports.
// Plain JavaScript so it runs on any Node, even the system one.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests || unit.numFailedTestSuites || 0;
}
if (existsSync('test-results/e2e.json')) {
  const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  passed += e2e.stats?.expected ?? 0;
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
}
if (!existsSync('test-results/unit.json') && !existsSync('test-results/e2e.json')) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
