/**
 * Plans made up for the import corpus: what a document says, before any layout writer prints
 * it. Deterministic (a seeded generator), both guidelines, any number of measures, realistic
 * Thai wording (built from the phrases plans use), per-year budgets with gaps and blank years.
 */
import { getFramework } from '../../../src/core/framework/framework';
import type { DimensionNo, Framework, FrameworkId } from '../../../src/core/framework/types';
import { DIMENSION_NOS } from '../../../src/core/framework/types';

export interface GenMeasure {
  readonly dimension: DimensionNo;
  /** An item code, or a sub-dimension code where the guideline has no items. */
  readonly code: string;
  readonly name: string;
  readonly rationale: readonly string[]; // sentences (one paragraph each)
  readonly objectives: readonly string[];
  readonly targetGroup: readonly string[];
  /** Earlier guideline only. */
  readonly area: string;
  readonly method: readonly string[];
  readonly duration: string;
  readonly budgets: Readonly<Record<number, number>>;
  readonly responsible: string;
  readonly outputs: readonly string[];
  readonly outcomes: readonly string[];
}

export interface GenPlan {
  readonly framework: Framework;
  readonly orgName: string;
  readonly years: readonly number[];
  readonly measures: readonly GenMeasure[];
}

/** mulberry32: small, fast, the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];
export const chance = (r: Rand, p: number): boolean => r() < p;
const between = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const ORGS = ['เทศบาลตำบลหนองบัวทอง', 'องค์การบริหารส่วนตำบลท่าข้าม', 'เทศบาลเมืองบ้านโป่งใหม่', 'องค์การบริหารส่วนตำบลห้วยทราย', 'เทศบาลตำบลนาดี'];
const TYPES = ['โครงการ', 'กิจกรรม', 'มาตรการ'];
const TOPICS = [
  'ส่งเสริมคุณธรรมจริยธรรมแก่บุคลากร',
  'เสริมสร้างความโปร่งใสในการจัดซื้อจัดจ้าง',
  'เผยแพร่ข้อมูลข่าวสารการบริหารงานบุคคล',
  'อบรมประมวลจริยธรรมของเจ้าหน้าที่',
  'ป้องกันผลประโยชน์ทับซ้อน',
  'รับเรื่องร้องเรียนการทุจริตผ่านช่องทางออนไลน์',
  'ประชุมประชาคมจัดทำแผนพัฒนาท้องถิ่น',
  'ตรวจสอบภายในประจำปี',
  'ควบคุมการเบิกจ่ายเงินตามข้อบัญญัติ',
  'เด็กและเยาวชนโตไปไม่โกง',
  'ปลูกจิตสำนึกรักษาประโยชน์สาธารณะ',
  'บริหารความเสี่ยงการทุจริต',
  'เปิดเผยราคากลางและผลการจัดซื้อจัดจ้าง',
  'ยกย่องเชิดชูบุคคลต้นแบบด้านความซื่อสัตย์',
  'ติดตามประเมินผลการควบคุมภายใน',
  'สำรวจความพึงพอใจของผู้รับบริการ',
  'จัดทำคู่มือการปฏิบัติงานเพื่อลดดุลยพินิจ',
  'ส่งเสริมชุมชนตามหลักปรัชญาของเศรษฐกิจพอเพียง',
  'ลดขั้นตอนการให้บริการประชาชน',
  'พัฒนาศูนย์ข้อมูลข่าวสาร',
];
const QUALIFIERS = ['', 'ประจำปี', 'ของพนักงานจ้าง', 'ในสถานศึกษา', 'ระดับหมู่บ้าน', 'แบบมีส่วนร่วม', 'เชิงรุก', 'ผ่านสื่อสังคมออนไลน์'];
const OFFICES = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'กองสาธารณสุขและสิ่งแวดล้อม', 'หน่วยตรวจสอบภายใน', 'งานนิติการ สำนักปลัด'];
const RATIONALE = [
  'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 บัญญัติให้รัฐต้องจัดให้ประชาชนมีโอกาสกว้างขวางในการได้รับข้อมูลข่าวสารเกี่ยวกับการดำเนินการต่าง ๆ ของรัฐ',
  'การทุจริตเป็นปัญหาที่บั่นทอนความเชื่อมั่นของประชาชนต่อการบริหารราชการ จึงจำเป็นต้องสร้างวัฒนธรรมองค์กรที่ไม่ทนต่อการทุจริตทุกรูปแบบ',
  'ยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริตกำหนดให้หน่วยงานภาครัฐเปิดเผยข้อมูลและเปิดโอกาสให้ประชาชนมีส่วนร่วมตรวจสอบ',
  'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐในปีที่ผ่านมา พบว่ายังมีประเด็นที่ต้องปรับปรุงด้านการเปิดเผยข้อมูล',
  'หน่วยงานจึงได้จัดทำโครงการนี้ขึ้นเพื่อให้การปฏิบัติงานเป็นไปอย่างถูกต้อง โปร่งใส ตรวจสอบได้ และเกิดประโยชน์สูงสุดแก่ประชาชน',
];
/** Inside a field: a numbered step that looks like a sub-dimension heading, but is text. */
const STEP_LIKE_CODE = ['กำหนดแนวทางการปฏิบัติงานร่วมกันของทุกกอง', 'จัดประชุมชี้แจงแนวทางแก่เจ้าหน้าที่ผู้เกี่ยวข้อง', 'แต่งตั้งคณะทำงานติดตามผลการดำเนินงาน'];
const OBJECTIVES = [
  'เพื่อให้บุคลากรมีความรู้ความเข้าใจในการปฏิบัติหน้าที่อย่างซื่อสัตย์สุจริต',
  'เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมในการตรวจสอบการดำเนินงานของหน่วยงาน',
  'เพื่อป้องกันการกระทำที่เป็นการขัดกันแห่งผลประโยชน์ส่วนตนและผลประโยชน์ส่วนรวม',
  'เพื่อเผยแพร่ข้อมูลข่าวสารที่เป็นประโยชน์แก่ประชาชนอย่างครบถ้วน ถูกต้อง และทันเวลา',
  'เพื่อสร้างภาพลักษณ์ที่ดีและความเชื่อมั่นของประชาชนต่อการบริหารงานขององค์กร',
];
const TARGETS = ['พนักงานเทศบาลและพนักงานจ้าง จำนวน 60 คน', 'ประชาชนในเขตพื้นที่ทุกหมู่บ้าน', 'ผู้บริหาร สมาชิกสภาท้องถิ่น และบุคลากรทุกคน', 'เด็กและเยาวชนในสถานศึกษา จำนวน 120 คน', 'ผู้มาติดต่อรับบริการ'];
const METHODS = [
  'จัดทำโครงการเสนอผู้บริหารเพื่อพิจารณาอนุมัติ',
  'ประชาสัมพันธ์โครงการผ่านเว็บไซต์ เสียงตามสาย และสื่อสังคมออนไลน์ของหน่วยงาน',
  'ดำเนินกิจกรรมตามแผนที่กำหนดโดยเชิญวิทยากรจากหน่วยงานภายนอกมาให้ความรู้',
  'จัดเก็บข้อมูลและรายงานผลการดำเนินงานต่อผู้บริหารทุกไตรมาส',
  'ประเมินผลและสรุปผลการดำเนินการเพื่อปรับปรุงในปีต่อไป',
];
const OUTPUTS = ['มีการดำเนินโครงการอย่างน้อยปีละ 1 ครั้ง', 'มีการเผยแพร่ข้อมูลผ่านช่องทางที่หลากหลาย ไม่น้อยกว่า 3 ช่องทาง', 'ผู้เข้าร่วมโครงการไม่น้อยกว่าร้อยละ 80 ของกลุ่มเป้าหมาย'];
const OUTCOMES = ['ผู้เข้าร่วมมีความรู้ความเข้าใจเพิ่มขึ้นไม่น้อยกว่าร้อยละ 80', 'ไม่มีเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่', 'ประชาชนมีความพึงพอใจต่อการให้บริการในระดับมาก', 'หน่วยงานมีผลการประเมิน ITA ผ่านเกณฑ์'];
const AMOUNTS = [5000, 10000, 20000, 30000, 50000, 100000, 150000];

/** The codes a measure can be filed under in a guideline: items, or sub-dimensions without items. */
function assignable(framework: Framework, dimension: DimensionNo): string[] {
  const dim = framework.dimensions.find((d) => d.no === dimension)!;
  return dim.subs.flatMap((s) => (s.items.length > 0 ? s.items.map((i) => i.code) : [s.code]));
}

function some<T>(r: Rand, list: readonly T[], lo: number, hi: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  const n = Math.min(copy.length, between(r, lo, hi));
  while (out.length < n) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]);
  return out;
}

function budgetsFor(r: Rand, years: readonly number[]): Record<number, number> {
  const style = r();
  if (style < 0.3) return {};
  const base = pick(r, AMOUNTS);
  const out: Record<number, number> = {};
  for (const y of years) {
    if (style < 0.6) out[y] = base;
    else if (!chance(r, 0.3)) out[y] = pick(r, AMOUNTS); // some years without budget
  }
  return out;
}

export function generatePlan(seed: number, measureCount: number, frameworkId: FrameworkId): GenPlan {
  const r = rng(seed);
  const framework = getFramework(frameworkId);
  const first = framework.defaultYears.first;
  const years = Array.from({ length: framework.defaultYears.last - first + 1 }, (_, i) => first + i);
  const orgName = pick(r, ORGS);
  // Every dimension gets at least one measure; the rest go mostly to dimension 2, as in real plans.
  const perDim = new Map<DimensionNo, number>(DIMENSION_NOS.map((d) => [d, 1]));
  for (let i = 4; i < measureCount; i++) {
    const d = pick(r, [1, 2, 2, 2, 3, 4] as DimensionNo[]);
    perDim.set(d, perDim.get(d)! + 1);
  }
  const usedNames = new Set<string>();
  const measures: GenMeasure[] = [];
  for (const dimension of DIMENSION_NOS) {
    const codes = some(r, assignable(framework, dimension), 1, 4).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (let i = 0; i < perDim.get(dimension)!; i++) {
      // Real plans do not hold two measures whose names differ only by the organisation's name.
      let name = '';
      do {
        name = `${pick(r, TYPES)}${pick(r, TOPICS)}${pick(r, QUALIFIERS)}`;
        if (chance(r, 0.3)) name += `ของ${orgName}`;
      } while ([...usedNames].some((used) => used.startsWith(name) || name.startsWith(used)));
      usedNames.add(name);
      const rationale = some(r, RATIONALE, 1, 3);
      if (chance(r, 0.3)) rationale.push(`2.${between(r, 1, 3)} ${pick(r, STEP_LIKE_CODE)} เพื่อให้การดำเนินงานเป็นไปในทิศทางเดียวกัน`);
      const budgets = budgetsFor(r, years);
      measures.push({
        dimension,
        code: codes[Math.min(codes.length - 1, Math.floor((i * codes.length) / perDim.get(dimension)!))],
        name,
        rationale,
        objectives: some(r, OBJECTIVES, 1, 3),
        targetGroup: some(r, TARGETS, 1, 1),
        area: framework.id === 'nacc-2561' ? `ในเขต${orgName}` : '',
        method: some(r, METHODS, 2, 5),
        duration: `ปีงบประมาณ พ.ศ. ${years[0]} – ${years[years.length - 1]}`,
        budgets,
        responsible: `${pick(r, OFFICES)}${orgName}`,
        outputs: some(r, OUTPUTS, 1, 2),
        outcomes: some(r, OUTCOMES, 1, 2),
      });
    }
  }
  return { framework, orgName, years, measures };
}
