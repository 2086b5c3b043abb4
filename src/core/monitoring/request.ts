import type { MonitoringRound } from '../api';
import type { PlanSettings } from '../plan/model';
import { readYear } from '../workbook/settings';
import { ROUNDS, ROUND_LABEL, readRound } from './period';

/** A fiscal year and round, checked against the plan years: what the menu, sidebar and CLI ask for. */
export type RoundRequest =
  | { readonly ok: true; readonly fiscalYear: number; readonly round: MonitoringRound }
  | { readonly ok: false; readonly message: string };

/** Reads what the user typed ("๒๕๖๗", "6 เดือน") and answers in Thai when it is not a year and a round. */
export function readRoundInput(yearText: unknown, roundText: unknown): RoundRequest {
  const fiscalYear = readYear(yearText);
  if (fiscalYear === undefined) return { ok: false, message: `"${String(yearText ?? '')}" ไม่ใช่ปีงบประมาณ กรุณาพิมพ์ปี พ.ศ. ๔ หลัก เช่น 2567` };
  const round = readRound(roundText);
  if (round === undefined) return { ok: false, message: `"${String(roundText ?? '')}" ไม่ใช่รอบการติดตาม กรุณาพิมพ์ 6 (รอบ ๖ เดือน) หรือ 12 (รอบ ๑๒ เดือน)` };
  return { ok: true, fiscalYear, round };
}

/** The year must lie within the plan years: those are the years the plan has measures for. */
export function checkRoundRequest(settings: Pick<PlanSettings, 'firstYear' | 'lastYear'>, fiscalYear: number, round: number): RoundRequest {
  if (!ROUNDS.includes(round as MonitoringRound)) {
    return { ok: false, message: `รอบการติดตามต้องเป็น ${ROUNDS.map((r) => ROUND_LABEL[r]).join(' หรือ ')}` };
  }
  if (!Number.isInteger(fiscalYear) || fiscalYear < settings.firstYear || fiscalYear > settings.lastYear) {
    return { ok: false, message: `ปีงบประมาณ ${fiscalYear} อยู่นอกช่วงปีของแผน (${settings.firstYear}–${settings.lastYear}) กรุณาเลือกปีในช่วงของแผน` };
  }
  return { ok: true, fiscalYear, round: round as MonitoringRound };
}

/** What the sidebar, the menu or the command line sent, read and checked in one go. */
export function roundRequest(settings: Pick<PlanSettings, 'firstYear' | 'lastYear'>, yearValue: unknown, roundValue: unknown): RoundRequest {
  const typed = readRoundInput(yearValue, roundValue);
  return typed.ok ? checkRoundRequest(settings, typed.fiscalYear, typed.round) : typed;
}
