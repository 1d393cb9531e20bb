// Seed 004: the "Key: Lead Officers" pipe table (30 role/abbreviation pairs, seed lines 128-142).
// Copied verbatim from the seed document (tab-separated cells); committed so the build reads nothing outside the repository.
export const harrowKeyLines: readonly string[] = [
  "| • Divisional Director Targeted Services | DD TS | • Youth Offending Team Manager | YOT Mgr |",
  "| • Service Manager Performance | SM Perf. | • Director of Public Health, NHS Harrow | DPH |",
  "| • SM Child Protection | SM CP | • Performance Manager | Perf. Mgr |",
  "| • SM Early Intervention | SM EI | • Snr. Lawyer, Social Care | Law. |",
  "| • SM Quality Assurance | SM QA | • Director of Children & Families Services | DCS |",
  "| • LSCB Snr. Professional | LSCB SP | • Independent Chair LSCB | LSCB Chr. |",
  "| • SM Placements | SM Place. | • Deputy Borough Director, NHS Harrow | NHSH (DBD) |",
  "| • Service Manager Children Looked After | SM CLA | • Borough Director, NHS Harrow | NHSH (BD) |",
  "| • Designated Nurse (NHS Harrow) | Des Nurse | • General Manager, Harrow (ICO Ealing) | ICO G. Mgr |",
  "| • Division Director Children With Disabilities | DD CWD | • LSCB Operational Subgroup | LSCB Op. SG |",
  "| • DD Early Intervention | DD EI | • LSCB Learning & Development Sub group | LSCB L&D SG |",
  "| • Quality Assurance Manager | QA Mgr. | • Clinical Director, Harrow CCG | CCG |",
  "| • Designated Doctor for LAC (NWLHT) | Des. Dr. (NWLHT) | • Divisional General Manager, NWLHT | NWLHT (GM) |",
  "| • Designated Doctor (NHS Harrow) | Des. Dr. (NHSH) | • Acting Head of Midwifery, NWLH | Midwife |",
  "| • Snr. Business Partner (Business Partnership) | HR | • Lead Nurse for LAC, Ealing ICO | LAC Nurse |",
];
