import { strToU8 } from "fflate";
import { type ClusterData, type ClusterResult, type ConferenceForm, findingMessage, type MemberReport, type OutputKind, type SheetSpec, type WorkbookSnapshot } from "../../engine";
// The engine's own same-name rule and tag slug, so that the pane's tests cannot drift from them.
import { resolveWrites, tagSlug } from "../../engine/sheets";
import { plainSpec } from "../../engine/testing/sheetSpecs";
import type { FileWorkbook } from "../../hosts/host";
import type { PaneServices } from "../services";
import { fakeHost } from "./fakeHost";

function plan(kind: OutputKind, tag: string, name: string): SheetSpec {
  return plainSpec(kind, tag, name, [[name]]);
}

export interface FakeServices extends PaneServices {
  readonly minutesForms: ConferenceForm[];
  readonly rankingForms: (ConferenceForm | null)[];
  readonly docxForms: ConferenceForm[];
  readonly readOptions: ({ year?: number } | undefined)[];
  readonly opened: FileWorkbook[];
  /** The members each reportForms call was asked for. */
  readonly formMembers: (readonly string[])[];
}

export interface FakeServicesOptions {
  readonly data: ClusterData;
  readonly result: ClusterResult;
  /** Member files by name: a snapshot whose sheets each hold one member name in A1, or the error reading it throws. */
  readonly files?: Readonly<Record<string, WorkbookSnapshot | Error>>;
}

export function fakeServices({ data, result, files = {} }: FakeServicesOptions): FakeServices {
  const services: FakeServices = {
    minutesForms: [],
    rankingForms: [],
    docxForms: [],
    readOptions: [],
    opened: [],
    formMembers: [],
    findingMessage: (finding) => findingMessage(finding),
    readCluster(workbooks, options) {
      services.readOptions.push(options);
      const first = workbooks[0];
      if (first?.file && first.file in files) {
        const reports: MemberReport[] = first.sheets.map((s) => ({ member: String(s.values[0]?.[0] ?? ""), file: first.file, sheet: s.name, rows: {} }));
        return { ...data, pledge: null, reports, findings: [] };
      }
      return options?.year === undefined ? data : { ...data, info: { ...data.info, year: options.year } };
    },
    scoreCluster: (d) => ({ ...result, year: d.info.year }),
    defaultConferenceForm: (d, r) => ({
      date: d.info.conferenceDate,
      startTime: null,
      locality: null,
      place: d.info.place,
      chair: d.info.chair,
      secretary: d.info.secretary,
      attendees: d.info.attendees,
      votesFor: null,
      votesTotal: null,
      nextHead: r.proposals.nextHead,
      nextDeputy: r.proposals.nextDeputy,
      keyIndicator: null,
      nextPledgeCount: null,
    }),
    importSheet: async (_sheet, member) => plan("import", `import_${tagSlug(member)}`, `TH ${member}`),
    rankingSheets: async (r, _d, form) => {
      services.rankingForms.push(form);
      return [plan("ranking", `ranking_${r.year}`, `Xếp hạng ${r.year}`), plan("detail", `detail_${r.year}`, `Chi tiết điểm ${r.year}`)];
    },
    comparisonSheet: async (r) => plan("comparison", `comparison_${r.year}`, `Đối chiếu điểm ${r.year}`),
    findingsSheet: async (r) => (r.findings.length === 0 ? null : plan("findings", `findings_${r.year}`, `Kiểm tra ${r.year}`)),
    minutesSheet: async (r, _d, form) => {
      services.minutesForms.push(form);
      return plan("minutes", `minutes_${r.year}`, `Biên bản ${r.year}`);
    },
    resolveWrites: async (plans, existing) => resolveWrites(plans, existing),
    async readXlsx(_bytes, fileName) {
      const file = files[fileName];
      if (file === undefined) throw new Error(`no fixture for ${fileName}`);
      if (file instanceof Error) throw file;
      return file;
    },
    async openXlsx(_bytes, fileName) {
      const host = fakeHost("file");
      const workbook: FileWorkbook = Object.assign(host, { fileName, toBuffer: async () => new Uint8Array([80, 75, 3, 4]) });
      services.opened.push(workbook);
      return workbook;
    },
    async reportForms(_d, _w, members) {
      services.formMembers.push(members);
      if (members.length === 0) return { ok: false, reason: "no-members" };
      return { ok: true, forms: members.map((m) => ({ member: m, fileName: `bao-cao-${tagSlug(m)}.xlsx`, sheets: [plan("form", "form_report", `Báo cáo ${m}`)] })) };
    },
    // The bytes name the sheet, so that a test can tell the files of a zip apart.
    formWorkbook: async (sheets) => strToU8(`PK ${sheets.map((s) => s.name).join(", ")}`),
    nextPledgeSheet: async (d) => (d.info.year === null ? null : plan("pledge", `pledge_${d.info.year + 1}`, `Giao ước ${d.info.year + 1}`)),
    async minutesDocx(_r, _d, form) {
      services.docxForms.push(form);
      return new Uint8Array([80, 75, 3, 4]);
    },
  };
  return services;
}

/** A member file as the fake reader sees it: one sheet per member name. */
export function memberFile(file: string, ...members: string[]): WorkbookSnapshot {
  return { file, sheets: members.map((m) => ({ name: "Báo cáo", top: 0, left: 0, values: [[m]], formats: [["General"]], tag: null })) };
}

/** A browser File stand-in with the two members the pane reads. */
export function pickedFile(name: string): File {
  return new File([new Uint8Array([80, 75, 3, 4])], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
