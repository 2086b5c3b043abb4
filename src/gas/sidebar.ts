import type { SidebarState } from '../core/api';
import { getDimension, getFramework } from '../core/framework/framework';
import { planFigures } from '../core/plan/figures';
import { emblemStatus } from '../core/doc/emblemSetting';
import { readWorkbook } from '../core/workbook/readPlan';
import { knownOutputFolder } from './drive/outputFolder';
import { jobProperties, unfinishedJobs } from './jobs/store';
import { snapshotSource } from './sheetsIO';

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Sujarit – แผนป้องกันการทุจริต');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Where the plan stands, read in one batch per tab. */
export function sidebarState(): SidebarState {
  const source = snapshotSource(SpreadsheetApp.getActiveSpreadsheet());
  const read = readWorkbook(source);
  const { settings } = read.plan;
  const framework = getFramework(settings.frameworkId);
  const figures = planFigures(read.plan);
  return {
    orgName: settings.orgName,
    years: `${settings.firstYear}–${settings.lastYear}`,
    frameworkLabel: framework.label,
    dimensions: framework.dimensions.map((d) => ({
      no: d.no,
      title: getDimension(framework, d.no).title,
      count: figures.byDimension.get(d.no)?.count ?? 0,
      budget: figures.byDimension.get(d.no)?.total ?? 0,
    })),
    totalCount: figures.total.count,
    totalBudget: figures.total.total,
    missingSheets: read.missingSheets,
    outputFolder: folderLink(),
    emblem: emblemStatus(source),
    unfinishedJobs: unfinishedJobs(jobProperties()).map((j) => ({ jobId: j.id, kind: j.kind, done: j.done, total: j.total })),
  };
}

function folderLink(): { title: string; url: string } | undefined {
  const folder = knownOutputFolder();
  return folder ? { title: folder.name, url: folder.url } : undefined;
}
