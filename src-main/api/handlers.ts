import type { OperationName, OperationOutput, ParsedInput } from '../../src-shared/api/contract';
import { ok, type Result } from '../../src-shared/result';
import { verifyAuditChain } from '../store/audit-log';
import { appInfo } from '../services/app-info';
import { addAttachment, listAttachments, readAttachment } from '../services/attachments';
import type { ServiceContext } from '../services/context';
import { generateDemo } from '../services/demo';
import { drawPlan } from '../services/draw-setup';
import {
  abortDraw,
  commitDraw,
  commitmentPdf,
  drawRecordPdf,
  finishDraw,
  getDraw,
  listDraws,
  logCall,
  protocolFile,
  runCommittedDraw,
  verifyProtocolFile,
} from '../services/draws';
import { commitImport, previewImport, type ImportFile } from '../services/import';
import { listNominations, saveNomination } from '../services/nominations';
import { listExperts, saveExpert } from '../services/pool';
import { expertWindow } from '../services/expert-window';
import { expertTableRows, getExpert, getNomination, nominationTableRows } from '../services/table-rows';
import { nominationSheetPdf, qualificationSheetPdf } from '../services/qualification-sheet';
import {
  confirmScreening,
  confirmScreenings,
  recordScreening,
  screenYear,
  screeningYearView,
  setReferenceDate,
} from '../services/screening';
import { readSettings, updateSettings } from '../services/settings';
import {
  importTitleDictionary,
  ruleTitle,
  titleDictionaryView,
  titleDictionaryXlsx,
} from '../services/registers/titles';
import { recommendingUnitEntries, saveRecommendingUnit, saveUnit, unitEntries } from '../services/registers/units';
import { saveCell } from '../services/scoring/cells';
import { checkIn } from '../services/scoring/check-in';
import { lockExpert } from '../services/scoring/lock';
import { scoreMatrixXlsx, sessionPrintout } from '../services/scoring/printouts';
import { getResults, recordPanelVote } from '../services/scoring/results';
import { exportScoreFile, importScoreFiles } from '../services/scoring/score-file';
import { sessionDrawCheck } from '../services/scoring/session-draw';
import { exportSessionPackage, importSessionPackage } from '../services/scoring/session-package';
import { createSession, freezeSession, getSession, listSessions } from '../services/scoring/sessions';
import { issuePackage, packageDraft } from '../services/issued-packages/issue';
import { listPackages, packageFile, receivePackage } from '../services/issued-packages/records';
import { signExpertSheet, signSessionSummary } from '../services/scoring/signoff';
import { closeSheet, expertSheet, unlockSheet } from '../services/scoring/expert-pin';
import { yearCapacityFor } from '../services/scoring/year-cap';
import { exportWorkbook, templateWorkbook } from '../services/spreadsheets';
import { enrolKey, exportKeyFile, listTrustedKeys, previewKeyFile, revokeKey, trustFromKeyFiles } from '../office/trust-store';
import { declineDeviceKeyPassphrase, deviceKeyView, setDeviceKeyPassphrase } from '../services/device-key';
// Bytes that came through Electron's IPC are plain Uint8Arrays; the services take Buffers (a view, not a copy).
import { asBuffer } from '../services/downloads';
import { exportBundle } from '../bundle/export';
import { importBundle, listImportedBundles, verifyBundleSource, type BundleSource } from '../office/bundle-import';
import { verificationReportPdf } from '../office/verification-report';
import { verifyPageDownload } from '../bundle/verify-page';
import { recordAnnualCheck, recordRecheck, revokeStudio } from '../office/management';
import { managedStudios, managementDue, studioManagementView } from '../office/management-read';
import { addStudioFact } from '../office/studio-facts';
import { exportRegister, getStudio, listStudios, registerTemplate } from '../office/register';
import { commitRegisterImport, previewRegisterImport } from '../office/register-import';
import { addRecommendation, listRecommendations, recordOutcome } from '../office/recommendations';
import { recommendationsPdf, recommendationsXlsx } from '../office/recommendation-files';
import { grantSubsidy, ledgerAttachment, ledgerSettings, recordExpense, reverseEntry } from '../office/ledger';
import { ledgerStudios, studioLedger } from '../office/ledger-read';
import { ledgerReport } from '../office/ledger-report';
import { decide, publish } from '../office/publication';
import { publicationDownload, writePublicationFiles } from '../office/publication-outputs';
import { yearPublication } from '../office/publication-store';
import { yearProposals } from '../office/proposals';
import { closeYear, listYears } from '../office/years';
import { yearPathOf } from '../office/year-path';
import { createBackup } from '../office/backup';
import { backupStatus } from '../office/backup-status';
import { restoreBackup } from '../office/restore';

const importFile = (input: {
  kind: ImportFile['kind'];
  fileName: string;
  content: Uint8Array;
  year?: number;
  unitTypes?: ImportFile['unitTypes'];
}): ImportFile => ({
  kind: input.kind,
  fileName: input.fileName,
  content: asBuffer(input.content),
  year: input.year,
  unitTypes: input.unitTypes,
});

const bundleSource = (input: { files?: { relativePath: string; content: Uint8Array }[]; path?: string }): BundleSource =>
  input.path !== undefined
    ? { path: input.path }
    : { files: (input.files ?? []).map((f) => ({ relativePath: f.relativePath, content: asBuffer(f.content) })) };

/** The next view once a change went through; the change's error otherwise. */
const then = <T, U>(r: Result<T>, next: () => U): Result<U> => (r.ok ? ok(next()) : r);

export type Handler<N extends OperationName> = (
  ctx: ServiceContext,
  input: ParsedInput<N>,
) => Result<OperationOutput<N>> | Promise<Result<OperationOutput<N>>>;

/** The one table every door dispatches through: operation name → service call. */
export const handlers: { [N in OperationName]: Handler<N> } = {
  'app.info': (ctx) => ok(appInfo(ctx)),
  'settings.get': (ctx) => ok(readSettings(ctx)),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
  'audit.verify': (ctx) => ok(verifyAuditChain(ctx.store.db)),
  'demo.generate': (ctx, input) => generateDemo(ctx, input.seed),
  'experts.list': (ctx) => ok(listExperts(ctx)),
  'experts.save': (ctx, input) => saveExpert(ctx, input.expert, input.mode),
  'nominations.list': (ctx, input) => ok(listNominations(ctx, input.year)),
  'nominations.save': (ctx, input) => saveNomination(ctx, input.nomination, input.mode),
  'experts.rows': (ctx) => ok(expertTableRows(ctx)),
  'experts.window': (ctx, input) => ok(expertWindow(ctx, input)),
  'experts.get': (ctx, input) => getExpert(ctx, input.id),
  'nominations.rows': (ctx, input) => ok(nominationTableRows(ctx, input.year)),
  'nominations.get': (ctx, input) => getNomination(ctx, input.id),
  'titles.view': (ctx) => ok(titleDictionaryView(ctx)),
  'titles.rule': (ctx, input) => then(ruleTitle(ctx, input), () => titleDictionaryView(ctx)),
  'titles.exportXlsx': (ctx) => titleDictionaryXlsx(ctx),
  'titles.importXlsx': async (ctx, input) =>
    then(await importTitleDictionary(ctx, input.fileName, asBuffer(input.content)), () => titleDictionaryView(ctx)),
  'units.list': (ctx) => ok(unitEntries(ctx)),
  'units.save': (ctx, input) => saveUnit(ctx, input.unit, input.mode),
  'recommenders.list': (ctx) => ok(recommendingUnitEntries(ctx)),
  'recommenders.save': (ctx, input) => saveRecommendingUnit(ctx, input.unit, input.mode),
  'attachments.list': (ctx, input) => ok(listAttachments(ctx, input.nominationId)),
  'attachments.add': (ctx, input) =>
    addAttachment(ctx, input.nominationId, input.fileName, asBuffer(input.content)),
  'attachments.get': (ctx, input) => readAttachment(ctx, input.id),
  'import.preview': (ctx, input) => previewImport(ctx, importFile(input)),
  'import.commit': (ctx, input) => commitImport(ctx, importFile(input), input.decisions),
  'import.template': (_ctx, input) => templateWorkbook(input.kind),
  'export.xlsx': (ctx, input) => exportWorkbook(ctx, input.kind, input.year),
  'screening.year': (ctx, input) => ok(screeningYearView(ctx, input.year)),
  'screening.setReferenceDate': (ctx, input) => setReferenceDate(ctx, input.year, input.referenceDate),
  'screening.screenYear': (ctx, input) => screenYear(ctx, input.year, input.screener),
  'screening.record': (ctx, input) => recordScreening(ctx, input),
  'screening.confirm': (ctx, input) => confirmScreening(ctx, input.nominationId, input.confirmer),
  'screening.confirmMany': (ctx, input) => confirmScreenings(ctx, input.year, input.nominationIds, input.confirmer),
  'screening.sheetPdf': (ctx, input) => qualificationSheetPdf(ctx, input.year),
  'screening.nominationSheetPdf': (ctx, input) => nominationSheetPdf(ctx, input.nominationId),
  'draw.plan': (ctx, input) => ok(drawPlan(ctx, input.year, input.stratumBy, input.excludeLastYearPanel)),
  'draw.commit': (ctx, input) => commitDraw(ctx, input),
  'draw.run': (ctx, input) => runCommittedDraw(ctx, input.drawId, input.witnesses),
  'draw.call': (ctx, input) => logCall(ctx, input.drawId, input),
  'draw.finish': (ctx, input) => finishDraw(ctx, input.drawId),
  'draw.abort': (ctx, input) => abortDraw(ctx, input.drawId, input.reason),
  'draw.get': (ctx, input) => getDraw(ctx, input.drawId),
  'draw.list': (ctx, input) => ok(listDraws(ctx, input.year)),
  'draw.protocolFile': (ctx, input) => protocolFile(ctx, input.drawId),
  'draw.commitmentPdf': (ctx, input) => commitmentPdf(ctx, input.drawId),
  'draw.recordPdf': (ctx, input) => drawRecordPdf(ctx, input.drawId),
  'package.draft': (ctx, input) => packageDraft(ctx, input.year, input.sessionId),
  'package.issue': (ctx, input) => issuePackage(ctx, input),
  'package.list': (ctx, input) => ok(listPackages(ctx, input.year)),
  'package.file': (ctx, input) => packageFile(ctx, input.sessionId),
  'package.import': (ctx, input) => receivePackage(ctx, asBuffer(input.content)),
  'session.create': (ctx, input) => createSession(ctx, input),
  'session.list': (ctx) => ok(listSessions(ctx)),
  'session.get': (ctx, input) => getSession(ctx, input.sessionId),
  'session.freeze': (ctx, input) => freezeSession(ctx, input.sessionId),
  'session.yearCap': (ctx, input) => ok(yearCapacityFor(ctx, input.year, input.sessionId)),
  'session.exportPackage': (ctx, input) => exportSessionPackage(ctx, input.sessionId, input.passphrase),
  'session.importPackage': (ctx, input) => importSessionPackage(ctx, asBuffer(input.content)),
  'session.drawCheck': (ctx, input) => sessionDrawCheck(ctx, input.sessionId, input.expertId),
  'session.checkIn': (ctx, input) => checkIn(ctx, input.sessionId, input.expertId, input.pin),
  'score.unlock': (ctx, input) => unlockSheet(ctx, input.sessionId, input.expertId, input.pin),
  'score.sheet': (ctx, input) => expertSheet(ctx, input.sessionId, input.expertId),
  'score.close': (ctx, input) => closeSheet(ctx, input.sessionId, input.expertId),
  'score.save': (ctx, input) => saveCell(ctx, input),
  'score.lock': (ctx, input) => lockExpert(ctx, input.sessionId, input.expertId),
  'score.exportFile': (ctx, input) => exportScoreFile(ctx, input.sessionId, input.expertId, input.pin),
  'score.importFiles': (ctx, input) =>
    ok(importScoreFiles(ctx, input.files.map((f) => ({ fileName: f.fileName, content: asBuffer(f.content) })))),
  'results.get': (ctx, input) => getResults(ctx, input.sessionId),
  'results.vote': (ctx, input) => recordPanelVote(ctx, input.sessionId, input.vote),
  'signoff.expert': (ctx, input) => signExpertSheet(ctx, input.sessionId, input.expertId, input.pin, input.dissent),
  'signoff.summary': (ctx, input) => signSessionSummary(ctx, input.sessionId, input.pin),
  'session.printout': (ctx, input) => sessionPrintout(ctx, input.sessionId, input.kind, input.expertId),
  'session.matrixXlsx': (ctx, input) => scoreMatrixXlsx(ctx, input.sessionId),
  'draw.verify': (_ctx, input) => verifyProtocolFile(asBuffer(input.content)),
  'keys.device': (ctx) => ok(deviceKeyView(ctx)),
  'keys.exportFile': (ctx, input) => exportKeyFile(ctx, input.label, input.passphrase),
  'keys.setPassphrase': (ctx, input) => setDeviceKeyPassphrase(ctx, input.current, input.next),
  'keys.declinePassphrase': (ctx) => declineDeviceKeyPassphrase(ctx),
  'keys.list': (ctx) => ok(listTrustedKeys(ctx)),
  'keys.preview': (ctx, input) => previewKeyFile(ctx, asBuffer(input.content)),
  'keys.enrol': (ctx, input) =>
    enrolKey(ctx, { content: asBuffer(input.content), role: input.role, label: input.label, fingerprint: input.fingerprint }),
  'keys.revoke': (ctx, input) => revokeKey(ctx, input.keyId, input.reason),
  'bundle.export': (ctx, input) => exportBundle(ctx, input.sessionId, input.destination, { passphrase: input.passphrase }),
  'bundle.verify': (ctx, input) => {
    const keyFiles = input.trustKeyFiles?.map((f) => ({ name: f.name, content: asBuffer(f.content) }));
    const also = keyFiles ? trustFromKeyFiles(keyFiles, 'meeting-laptop') : undefined;
    if (also && !also.ok) return also;
    return ok(verifyBundleSource(ctx, bundleSource(input), input.expectYear, also?.value, input.officeRecord));
  },
  'bundle.import': (ctx, input) => importBundle(ctx, bundleSource(input), input.expectYear, { paper: input.paper }),
  'bundle.list': (ctx) => ok(listImportedBundles(ctx)),
  'bundle.reportPdf': (ctx, input) => verificationReportPdf(ctx, input.sessionId, input.year),
  'bundle.verifyPage': () => verifyPageDownload(),
  'management.studios': (ctx) => ok(managedStudios(ctx)),
  'management.get': (ctx, input) => studioManagementView(ctx, input.studioId),
  'management.due': (ctx, input) => ok(managementDue(ctx, input.year)),
  'management.check': (ctx, input) => recordAnnualCheck(ctx, input),
  'management.recheck': (ctx, input) => recordRecheck(ctx, input),
  'management.revoke': (ctx, input) => revokeStudio(ctx, input),
  'studio.addFact': (ctx, input) => addStudioFact(ctx, input.studioId, input.fact),
  'register.list': (ctx, input) => ok(listStudios(ctx, input)),
  'register.get': (ctx, input) => getStudio(ctx, input.id),
  'register.export': (ctx, input) => exportRegister(ctx, input.year),
  'register.template': () => registerTemplate(),
  'register.importPreview': (ctx, input) => previewRegisterImport(ctx, { fileName: input.fileName, content: asBuffer(input.content) }),
  'register.import': (ctx, input) => commitRegisterImport(ctx, { fileName: input.fileName, content: asBuffer(input.content) }),
  'recommendation.list': (ctx, input) => ok(listRecommendations(ctx, { year: input.year })),
  'recommendation.add': (ctx, input) => addRecommendation(ctx, input),
  'recommendation.outcome': (ctx, input) => recordOutcome(ctx, input),
  'recommendation.export': (ctx, input) => (input.format === 'pdf' ? recommendationsPdf(ctx, input.year) : recommendationsXlsx(ctx, input.year)),
  'ledger.studios': (ctx, input) => ok(ledgerStudios(ctx, input.year)),
  'ledger.get': (ctx, input) => studioLedger(ctx, input.studioId),
  'ledger.grant': (ctx, input) => grantSubsidy(ctx, input),
  'ledger.expense': (ctx, input) => recordExpense(ctx, input),
  'ledger.reverse': (ctx, input) => reverseEntry(ctx, input.entryId, input.reason),
  'ledger.attachment': (ctx, input) => ledgerAttachment(ctx, input.entryId),
  'ledger.report': (ctx, input) => ledgerReport(ctx, input),
  'ledger.settings': (ctx, input) => ledgerSettings(ctx, input.grantFen),
  'year.path': (ctx, input) => ok(yearPathOf(ctx, input.year)),
  'year.list': (ctx) => ok(listYears(ctx)),
  'year.close': (ctx, input) => closeYear(ctx, input.year, input.reason),
  'publication.proposals': (ctx, input) => ok(yearProposals(ctx, input.year)),
  'publication.decide': (ctx, input) => decide(ctx, input),
  'publication.publish': (ctx, input) => publish(ctx, input),
  'publication.get': (ctx, input) => ok(yearPublication(ctx, input.year)),
  'publication.files': (ctx, input) => writePublicationFiles(ctx, input.year, input.destination),
  'publication.download': (ctx, input) => publicationDownload(ctx, input.year, input.output),
  'backup.create': (ctx, input) => createBackup(ctx, input.folder),
  'backup.restore': (ctx, input) => restoreBackup(ctx, input.file),
  'backup.status': (ctx) => ok(backupStatus(ctx)),
};
