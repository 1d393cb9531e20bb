// The child-process side of the bench: runs one case (so each has its own heap and peak RSS) and
// prints its outcome as one JSON line. Started by the harness as `node worker.mjs '<request json>'`.
import { addinInChromium } from './cases/addinCases';
import { parsePlanJson, validateRateRollUp } from './cases/coreCases';
import type { CaseOutcome } from './cases/outcome';
import { exceljsStreamRead, importAndValidate, readGridOnly } from './cases/readCases';
import { exceljsStreamWrite, exportToFile } from './cases/writeCases';
import { generateBenchWorkbook } from './generate/benchWorkbook';
import { writeBenchWorkbook } from './generate/writeWorkbook';
import { RESULT_PREFIX, type CaseRequest } from './harness/caseRequest';

async function run(request: CaseRequest): Promise<CaseOutcome> {
  switch (request.case) {
    case 'generate': {
      const workbook = generateBenchWorkbook({ rows: request.rows, ...(request.layouts ? { layouts: request.layouts } : {}) });
      await writeBenchWorkbook(request.path, workbook, { paddingRows: request.paddingRows ?? 0 });
      return { ms: 0, details: { actions: workbook.plan.actions.length } };
    }
    case 'exceljs-read':
      return exceljsStreamRead(request.path);
    case 'read-grid':
      return readGridOnly(request.path);
    case 'import':
      return importAndValidate(request.path);
    case 'exceljs-write':
      return exceljsStreamWrite(request.rows, request.path);
    case 'export':
      return exportToFile(request.rows, request.path);
    case 'json-parse':
      return parsePlanJson(request.rows);
    case 'core':
      return validateRateRollUp(request.rows);
    case 'addin-read':
    case 'addin-validate':
      return addinInChromium(request.rows, request.case === 'addin-validate', request.bundle);
  }
}

const request = JSON.parse(process.argv[2] ?? '{}') as CaseRequest;
const outcome = await run(request);
// maxRSS is the fallback when /usr/bin/time is absent (kilobytes, this process only).
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ ...outcome, maxRssKb: process.resourceUsage().maxRSS })}\n`);
