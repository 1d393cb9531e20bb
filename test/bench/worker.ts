// The child-process side of the bench: runs one case (so each has its own heap and peak RSS) and
// prints its outcome as one JSON line. Started by the harness as `node worker.mjs '<request json>'`.
// Each case loads only its own modules (exceljs, playwright, the packages): what a case does not
// use must not count in its peak RSS.
import type { CaseOutcome } from './cases/outcome';
import { RESULT_PREFIX, type CaseRequest } from './harness/caseRequest';

const reads = () => import('./cases/readCases');
const writes = () => import('./cases/writeCases');
const cores = () => import('./cases/coreCases');

async function run(request: CaseRequest): Promise<CaseOutcome> {
  switch (request.case) {
    case 'generate': {
      const [{ generateBenchWorkbook }, { writeBenchWorkbook }] = await Promise.all([import('./generate/benchWorkbook'), import('./generate/writeWorkbook')]);
      const workbook = generateBenchWorkbook({ rows: request.rows, ...(request.layouts ? { layouts: request.layouts } : {}) });
      await writeBenchWorkbook(request.path, workbook, { paddingRows: request.paddingRows ?? 0 });
      return { ms: 0, details: { actions: workbook.plan.actions.length } };
    }
    case 'exceljs-read':
      return (await reads()).exceljsStreamRead(request.path);
    case 'read-grid':
      return (await reads()).readGridOnly(request.path);
    case 'import':
      return (await reads()).importAndValidate(request.path);
    case 'exceljs-write':
      return (await writes()).exceljsStreamWrite(request.rows, request.path);
    case 'export':
      return (await writes()).exportToFile(request.rows, request.path);
    case 'json-parse':
      return (await cores()).parsePlanJson(request.rows);
    case 'core':
      return (await cores()).validateRateRollUp(request.rows);
    case 'addin-read':
    case 'addin-validate':
      return (await import('./cases/addinCases')).addinInChromium(request.rows, request.case === 'addin-validate', request.bundle);
  }
}

const request = JSON.parse(process.argv[2] ?? '{}') as CaseRequest;
const outcome = await run(request);
// maxRSS is the fallback when /usr/bin/time is absent (kilobytes, this process only).
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ ...outcome, maxRssKb: process.resourceUsage().maxRSS })}\n`);
