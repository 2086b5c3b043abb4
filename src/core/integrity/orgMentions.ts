import { ORG_TYPES, type PlanSettings } from '../plan/model';
import { misspeltOrg } from '../validate/rules/text';
import { inferOrgType } from '../workbook/settings';

/**
 * An organisation named in a text that is not this one: its own name misspelt (นาม่อง for
 * นาม่วง, seed 001) or another organisation's name pasted in (เทศบาลตำบลเวียงพางคำ, seed 004).
 */
export type OrgMention = { readonly kind: 'variant' | 'other'; readonly found: string };

const TYPES_LONGEST_FIRST = [...ORG_TYPES].sort((a, b) => b.length - a.length);
/** Thai letters, vowels and tone marks (no digits), with a hyphen inside a name ("สุโขทัย-ลก"). */
const NAME = /^[\u0E01-\u0E4E]+(?:-[\u0E01-\u0E4E]+)?/;
/** Words after a type that speak of organisations in general ("เทศบาลตำบลทุกแห่ง"). */
const GENERAL = /^(ทุก|อื่น|ต่าง|แห่ง|ใน|ของ|และ|ที่|นี้)/;

export function orgMention(text: string, settings: Pick<PlanSettings, 'orgName' | 'orgType'>): OrgMention | undefined {
  const { orgName } = settings;
  if (!orgName) return undefined;
  const type = settings.orgType || inferOrgType(orgName);
  const place = type && orgName.startsWith(type) ? orgName.slice(type.length) : '';
  const variant = place.length >= 3 ? misspeltOrg(text, type, place) : undefined;
  if (variant) return { kind: 'variant', found: type + variant };
  for (const t of TYPES_LONGEST_FIRST) {
    for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + t.length)) {
      const name = NAME.exec(text.slice(at + t.length))?.[0] ?? '';
      if ([...name].length < 3 || GENERAL.test(name) || (t === type && place !== '' && name.startsWith(place))) continue;
      if (text.slice(at).startsWith(orgName)) continue;
      return { kind: 'other', found: t + name };
    }
  }
  return undefined;
}
