/**
 * The benchmark's arithmetic, on made-up numbers. The bench itself is not run here: it measures
 * (`npm run bench`), and a measurement on a loaded machine is not a test result.
 */
import * as assert from 'node:assert/strict';
import { median, percentile, ratio, round, TARGETS, targetsMet, type Measured } from '../bench/summary';

/** A run that meets every target, to change one thing at a time. */
function passing(): Measured {
  return {
    validation: [
      { size: 'S', oursOverFloor: 9, oursOverPeer: 9 },
      { size: 'M', oursOverFloor: 0.15, oursOverPeer: 0.11 },
      { size: 'M', oursOverFloor: 0.24, oursOverPeer: 0.0047 },
      { size: 'L', oursOverFloor: 0.21, oursOverPeer: 0.15 },
      { size: 'L', oursOverFloor: 0.29, oursOverPeer: 0.00074 },
    ],
    editor: { didChangeToDiagnostics: { p95: 37.2 }, hover: { p95: 2.1 }, completion: { p95: 1.37 } },
    coldStart: { spawnToInitializeMs: 267 },
    memory: { rssMb: 75.7 },
    cli: { wallMs: 2320 },
    cliStartup: { checkOverNode: 1.7 },
    package: { vsixKb: 541.9 },
  };
}

describe('bench arithmetic', () => {
  it('median and nearest-rank percentiles', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
    const xs = Array.from({ length: 200 }, (_, i) => 200 - i);
    assert.equal(percentile(xs, 50), 100);
    assert.equal(percentile(xs, 95), 190);
    assert.equal(percentile(xs, 100), 200);
    assert.equal(percentile([7], 95), 7);
    assert.equal(percentile([5, 1], 0), 1);
  });

  it('a ratio keeps two significant figures and never rounds a small one to 0', () => {
    // 10.55 ms ÷ 2,262 ms: rounded to two decimals this was 0, and a check that the ratio is
    // positive failed on a loaded machine.
    assert.equal(ratio(10.55, 2262), 0.0047);
    assert.equal(ratio(89.3, 120_000), 0.00074);
    assert.equal(ratio(1, 3e9), 3.3e-10);
    assert.equal(ratio(65.13, 309.25), 0.21);
    assert.equal(ratio(3, 2), 1.5);
    assert.equal(ratio(2000, 3), 670);
    assert.equal(ratio(0, 5), 0);
    assert.equal(ratio(5, 0), Infinity);
  });

  it('a time keeps its decimals, and never rounds to 0', () => {
    assert.equal(round(309.254), 309.25);
    assert.equal(round(0.004), 0.004);
    assert.equal(round(0.0012345), 0.0012);
    assert.equal(round(0), 0);
    assert.equal(round(95.84, 1), 95.8);
  });

  it('every target met, and each missed on its own', () => {
    const all = targetsMet(passing());
    assert.deepEqual(Object.keys(all).sort(), Object.keys(TARGETS).sort());
    assert.ok(Object.values(all).every(Boolean), JSON.stringify(all));
    const miss = (change: (m: Measured) => void): string[] => {
      const m = passing();
      change(m);
      return Object.entries(targetsMet(m))
        .filter(([, v]) => !v)
        .map(([k]) => k);
    };
    assert.deepEqual(miss((m) => (m.validation[4]!.oursOverFloor = 1.6)), ['oursOverFloorL']);
    // S files are not held to the peer target; M files are.
    assert.deepEqual(miss((m) => (m.validation[0]!.oursOverPeer = 40)), []);
    assert.deepEqual(miss((m) => (m.validation[1]!.oursOverPeer = 0.51)), ['oursOverPeerML']);
    assert.deepEqual(miss((m) => (m.editor.didChangeToDiagnostics.p95 = 50.1)), ['didChangeP95Ms']);
    assert.deepEqual(miss((m) => (m.editor.completion.p95 = 21)), ['hoverCompletionP95Ms']);
    assert.deepEqual(miss((m) => (m.editor.hover.p95 = 21)), ['hoverCompletionP95Ms']);
    assert.deepEqual(miss((m) => (m.coldStart.spawnToInitializeMs = 301)), ['coldStartMs']);
    assert.deepEqual(miss((m) => (m.memory.rssMb = 80.1)), ['rssMb']);
    assert.deepEqual(miss((m) => (m.cli.wallMs = 3001)), ['cliWallMs']);
    assert.deepEqual(miss((m) => (m.cliStartup.checkOverNode = 2.1)), ['cliStartupOverNode']);
    assert.deepEqual(miss((m) => (m.cliStartup.checkOverNode = NaN)), ['cliStartupOverNode'], 'a start-up not measured');
    assert.deepEqual(miss((m) => (m.package.vsixKb = null)), ['vsixKb']);
    // A limit is met at the limit itself.
    assert.deepEqual(miss((m) => (m.memory.rssMb = TARGETS.rssMb)), []);
  });

  it('a run that measured nothing meets nothing', () => {
    const m = passing();
    m.validation = [{ size: 'S', oursOverFloor: 0.1, oursOverPeer: 0.1 }];
    m.editor.hover.p95 = NaN;
    const met = targetsMet(m);
    assert.equal(met.oursOverFloorL, false, 'no L file');
    assert.equal(met.oursOverPeerML, false, 'no M or L file');
    assert.equal(met.hoverCompletionP95Ms, false, 'no hover time');
  });
});
