/**
 * The SDG catalogue of the migrations, read through the API as anyone may, checked for
 * completeness and — where ../shared/refdata/sdg exists, as it must in CI — against the UN
 * framework itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from './support/demo-stack.ts';
import { refdata } from './support/refdata.ts';

const un = refdata('sdg');

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(un.path, file), 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') field += text[++index];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    }
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...body] = rows.filter((line) => line.some((cell) => cell !== ''));
  return body.map((line) => Object.fromEntries(header.map((name, column) => [name, line[column] ?? ''])));
}

/** Wording must match; typography may differ (non-breaking hyphens, curly quotes, spacing). */
const normalise = (text: string) =>
  text
    .replace(/[\u2010\u2011\u2012]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    // The reference keeps footnote markers glued to the last word ("negotiation3").
    .replace(/([a-z])\d+$/, '$1');

let stack: DemoStack;
type Goal = { id: number; title_en: string; title_sv: string; short_title_en: string; short_title_sv: string; colour: string };
type Target = { id: string; goal_id: number; text_en: string; text_sv: string };
type Indicator = { id: string; target_id: string; text_en: string };
let goals: Goal[];
let targets: Target[];
let indicators: Indicator[];

beforeAll(async () => {
  stack = await startDemoStack();
  const anon = stack.anon();
  goals = (await anon.from('sdg_goals').select('*').order('id')).data as Goal[];
  targets = (await anon.from('sdg_targets').select('*').order('goal_id').order('sort_order')).data as Target[];
  indicators = (await anon.from('sdg_indicators').select('*').order('target_id').order('sort_order').range(0, 999)).data as Indicator[];
}, 120_000);
afterAll(() => stack?.stop());

describe('the SDG catalogue', () => {
  it('has 17 goals and 169 targets, each with English and Swedish text', () => {
    expect(goals.map((goal) => goal.id)).toEqual(Array.from({ length: 17 }, (_, index) => index + 1));
    expect(goals.every((goal) => goal.title_sv && goal.short_title_sv && /^#[0-9A-F]{6}$/.test(goal.colour))).toBe(true);
    expect(targets).toHaveLength(169);
    expect(targets.filter((target) => /\.[a-z]$/.test(target.id))).toHaveLength(43);
    expect(targets.every((target) => target.text_sv.length > 20 && target.text_en.length > 20)).toBe(true);
    expect(targets.at(-1)?.id).toBe('17.19');
  });

  it('reads in Swedish as the official translation of the 2030 Agenda words it', () => {
    const swedish = (id: string) => targets.find((target) => target.id === id)?.text_sv;
    expect(goals.find((goal) => goal.id === 3)?.short_title_sv).toBe('Hälsa och välbefinnande');
    expect(swedish('5.5')).toBe('Säkerställa att kvinnor fullt ut och på lika villkor kan delta och har samma möjligheter till ledarskap på alla beslutsnivåer i det politiska, ekonomiska och offentliga livet.');
    expect(swedish('5.1')).toBe('Avskaffa alla former av diskriminering av alla kvinnor och flickor överallt.');
    expect(swedish('1.1')).toBe('Senast 2030 avskaffa den extrema fattigdomen för alla människor överallt. Med extrem fattigdom avses för närvarande människor som lever på mindre än 1,25 US-dollar per dag.');
    expect(swedish('10.2')).toBe('Till 2030 möjliggöra och verka för att alla människors, oavsett ålder, kön, funktionsnedsättning, ras, etnicitet, ursprung, religion eller ekonomisk eller annan ställning, blir inkluderade i det sociala, ekonomiska och politiska livet.');
    expect(swedish('16.6')).toBe('Bygga upp effektiva och transparenta institutioner med ansvarsutkrävande på alla nivåer.');
    expect(swedish('11.1')).toBe('Senast 2030 säkerställa tillgång för alla till fullgoda, säkra och ekonomiskt överkomliga bostäder och grundläggande tjänster samt rusta upp slumområden.');
    expect(goals.find((goal) => goal.id === 9)?.title_sv).toBe('Bygga motståndskraftig infrastruktur, verka för en inkluderande och hållbar industrialisering samt främja innovation');
    expect(swedish('2.4')).toBe('Senast 2030 uppnå hållbara system för livsmedelsproduktion samt införa motståndskraftiga jordbruksmetoder som ökar produktiviteten och produktionen, som bidrar till att upprätthålla ekosystemen, som stärker förmågan till anpassning till klimatförändringar, extrema väderförhållanden, torka, översvämning och andra katastrofer och som successivt förbättrar mark- och jordkvaliteten.');
    expect(swedish('3.8')).toBe('Åstadkomma allmän hälso- och sjukvård för alla, som även skyddar mot ekonomisk risk, tillgång till grundläggande hälso- och sjukvård av god kvalitet liksom tillgång till säkra, effektiva och ekonomiskt överkomliga grundläggande läkemedel och vaccin av god kvalitet.');
    expect(swedish('4.6')).toBe('Senast 2030 säkerställa att alla ungdomar och en väsentlig andel av alla vuxna – både män och kvinnor – lär sig läsa, skriva och räkna.');
    expect(swedish('6.3')).toBe('Till 2030 förbättra vattenkvaliteten genom att minska föroreningar, stoppa dumpning och minimera utsläpp av farliga kemikalier och material, halvera andelen obehandlat avloppsvatten och väsentligt öka återvinningen och en säker återanvändning globalt.');
    expect(swedish('8.7')).toBe('Vidta omedelbara och effektiva åtgärder för att avskaffa tvångsarbete, modernt slaveri och människohandel och säkra att de värsta formerna av barnarbete, inklusive rekrytering och användning av barnsoldater, förbjuds och upphör. Avskaffa alla former av barnarbete senast 2025.');
    expect(swedish('9.5')).toBe('Förbättra forskningen och industrisektorernas tekniska kapacitet i alla länder, i synnerhet utvecklingsländerna, bland annat genom att till 2030 uppmuntra innovation och väsentligt öka det antal personer som arbetar med forskning och utveckling per 1 miljon människor liksom de offentliga och privata utgifterna för forskning och utveckling.');
    expect(swedish('11.2')).toBe('Senast 2030 tillhandahålla tillgång till säkra, ekonomiskt överkomliga, tillgängliga och hållbara transportsystem för alla. Förbättra trafiksäkerheten, särskilt genom att bygga ut kollektivtrafiken, med särskild uppmärksamhet på behoven hos människor i utsatta situationer, kvinnor, barn, personer med funktionsnedsättning samt äldre personer.');
    expect(swedish('14.4')).toBe('Senast 2020 införa en effektiv fångstreglering och stoppa överfiske, olagligt, orapporterat och oreglerat fiske liksom destruktiva fiskemetoder samt genomföra vetenskapligt baserade förvaltningsplaner i syfte att återställa fiskbestånden så snabbt som möjligt, åtminstone till de nivåer som kan producera maximalt hållbart uttag, fastställt utifrån deras biologiska egenskaper.');
    expect(swedish('15.5')).toBe('Vidta omedelbara och betydande åtgärder för att minska förstörelsen av naturliga livsmiljöer, hejda förlusten av biologisk mångfald och senast 2020 skydda och förebygga utrotning av hotade arter.');
    expect(swedish('10.c')).toBe('Senast 2030 minska transaktionskostnaderna för migranters remitteringar till mindre än 3 procent samt avskaffa remitteringskorridorer där kostnaderna överstiger 5 procent.');
    expect(swedish('16.b')).toBe('Verka för och genomdriva icke-diskriminerande lagstiftning och politik för en hållbar utveckling.');
    expect(swedish('3.a')).toBe('Stärka genomförandet av Världshälsoorganisationens ramkonvention om tobakskontroll i alla länder, där så är lämpligt.');
    expect(swedish('17.2')).toBe('De utvecklade länderna ska fullt ut fullfölja sina åtaganden i fråga om offentligt utvecklingsbistånd, inklusive många utvecklade länders åtagande att nå målet att ge 0,7 procent av BNI till utvecklingsländer och 0,15–0,20 procent av BNI till de minst utvecklade länderna. De länder som ger offentligt utvecklingsbistånd uppmanas att överväga att fastställa ett mål om att ge minst 0,20 procent av BNI till de minst utvecklade länderna.');
  });

  it('is readable by anyone and writable through the API by no one', async () => {
    const { error, status } = await stack.anon().from('sdg_goals').insert({ id: 18 });
    expect(status).toBe(401);
    expect(error?.code).toBe('42501');
  });
});

describe.skipIf(!un.present)('the SDG catalogue against the UN framework (../shared/refdata/sdg)', () => {
  it('goals: ids, titles, short titles and colours', () => {
    const reference = readCsv('sdg_goals.csv');
    const ours = new Map(goals.map((goal) => [goal.id, goal]));
    const differences = reference
      .map((goal) => ({ reference: [normalise(goal.title_en), normalise(goal.short_en), goal.colour_hex.toUpperCase()], goal: ours.get(Number(goal.goal)) }))
      .filter(({ reference: [title, short, colour], goal }) => !goal || normalise(goal.title_en) !== title || normalise(goal.short_title_en) !== short || goal.colour !== colour)
      .map(({ reference, goal }) => ({ ours: goal && [goal.id, goal.title_en, goal.short_title_en, goal.colour], reference }));
    expect(reference).toHaveLength(17);
    expect(differences).toEqual([]);
  });

  it('targets: codes, goals and English texts', () => {
    const reference = readCsv('sdg_targets.csv');
    const ours = new Map(targets.map((target) => [target.id, target]));
    expect([...ours.keys()].sort()).toEqual(reference.map((target) => target.target).sort());
    const differences = reference
      .filter((target) => ours.get(target.target)?.goal_id !== Number(target.goal) || normalise(ours.get(target.target)!.text_en) !== normalise(target.text))
      .map((target) => ({ target: target.target, ours: ours.get(target.target)?.text_en, reference: target.text }));
    expect(differences).toEqual([]);
  });

  it('indicators of the 2025 framework: codes, targets and English texts', () => {
    const reference = readCsv('sdg_indicators_2025.csv');
    const ours = new Map(indicators.map((indicator) => [indicator.id, indicator]));
    const codes = [...new Set(reference.map((indicator) => indicator.indicator))].sort();
    expect({ missing: codes.filter((code) => !ours.has(code)), extra: [...ours.keys()].filter((code) => !codes.includes(code)) }).toEqual({ missing: [], extra: [] });
    const differences = reference
      .filter((indicator) => ours.get(indicator.indicator)?.target_id !== indicator.target || normalise(ours.get(indicator.indicator)!.text_en) !== normalise(indicator.text))
      .map((indicator) => ({ indicator: indicator.indicator, ours: ours.get(indicator.indicator)?.text_en, reference: indicator.text }));
    expect(differences).toEqual([]);
  });
});
