import type { ExtractedValue } from './values';
import { qualification } from './sentences';

/**
 * Places a clause names, as codes: `eu-eea`, `nordics`, `sweden`, `denmark`, a named country
 * (`eu:ie`, `eea:no`, `third:us`, `adequate:ch`), or `third-country` for an unnamed country outside the EU/EEA.
 * A negated transfer ("får inte överföras till tredjeland") names no third country: it confirms
 * the data stays inside, so it reads as `eu-eea`. A transfer only on the buyer's instructions reads
 * as `controlled-transfer`: no risk, but no statement of where the data is either.
 */
interface PlacePattern {
  re: RegExp;
  code: string;
}

const P = (source: string, code: string): PlacePattern => ({ re: new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, 'giu'), code });

const PATTERNS: PlacePattern[] = [
  P('utanför (?:eu/ees|eu-/ees-området|eu|ees|europa)[\\p{L}-]*|outside (?:of )?(?:the )?(?:eu/eea|eu|eea|european (?:union|economic area))|uden for (?:eu/eøs|eu|eøs)[\\p{L}-]*|tredjeland(?:et|er|erne|e|ene)?|tredje lande?|third countr(?:y|ies)|non-eu countr(?:y|ies)', 'third-country'),
  P('eu/ees|eu/eea|eu/eøs|eu- och ees-området|ees-området|eøs-området|ees|eea|eøs|europeiska ekonomiska samarbetsområdet|european economic area|det europæiske økonomiske samarbejdsområde|eu|europeiska unionen|european union|den europæiske union|eu-området|eu:s medlemsstater|eu-medlemsstat(?:er)?|member states? of the (?:eu|european union)', 'eu-eea'),
  P('norden|nordiska länder(?:na)?|nordic countries|de nordiske lande|nordiske lande|norden', 'nordics'),
  // A country's law or courts are named by adjective ("irländsk rätt", "dansk ret", "English law"):
  // against a requirement of Swedish law they are places too.
  P('sverige|sweden|svensk (?:lag|rätt)|swedish law|stockholm|göteborg|malmö', 'sweden'),
  P('danmark|denmark|dansk (?:ret|lov)|danish law|københavn|copenhagen', 'denmark'),
  P('finland|finsk (?:lag|rätt|ret|lov)|finnish law|helsingfors|helsinki', 'eu:fi'),
  P('irland|ireland|irländsk (?:lag|rätt)|irsk (?:ret|lov)|irish law|dublin', 'eu:ie'),
  P('tyskland|germany|tysk (?:lag|rätt|ret|lov)|german law', 'eu:de'),
  P('nederländerna|nederlandene|netherlands|holland|nederländsk (?:lag|rätt)|hollandsk (?:ret|lov)|dutch law|amsterdam', 'eu:nl'),
  P('luxemburg|luxembourg', 'eu:lu'),
  P('frankrike|frankrig|france', 'eu:fr'),
  P('norge|norway', 'eea:no'),
  P('belgien|belgium', 'eu:be'),
  P('spanien|spain', 'eu:es'),
  P('italien|italy', 'eu:it'),
  P('polen|poland', 'eu:pl'),
  P('estland|estonia', 'eu:ee'),
  P('lettland|letland|latvia', 'eu:lv'),
  P('litauen|lithuania', 'eu:lt'),
  P('österrike|østrig|austria', 'eu:at'),
  P('portugal', 'eu:pt'),
  P('tjeckien|tjekkiet|czech republic|czechia', 'eu:cz'),
  P('rumänien|rumænien|romania', 'eu:ro'),
  P('bulgarien|bulgaria', 'eu:bg'),
  P('grekland|grækenland|greece', 'eu:gr'),
  P('kroatien|croatia', 'eu:hr'),
  P('ungern|ungarn|hungary', 'eu:hu'),
  P('slovakien|slovakiet|slovakia', 'eu:sk'),
  P('slovenien|slovenia', 'eu:si'),
  P('cypern|cyprus', 'eu:cy'),
  P('liechtenstein', 'eea:li'),
  P('usa|u\\.s\\.a?\\.?|united states(?: of america)?|förenta staterna|de forenede stater|amerika|amerikansk (?:lag|rätt|ret|lov)|delaware|kalifornien|california|new york', 'third:us'),
  P('indien|india', 'third:in'),
  P('kina|china', 'third:cn'),
  P('ryssland|russia|rusland', 'third:ru'),
  P('filippinerna|filippinerne|philippines', 'third:ph'),
  P('storbritannien|united kingdom|uk|england(?: and wales)?|engelsk (?:lag|rätt|ret|lov)|english law|london|storbritannien og nordirland', 'adequate:gb'),
  // Countries outside the EU/EEA that development and support are often placed in.
  P('serbien|serbia|belgrad|belgrade', 'third:rs'),
  P('ukraina|ukraine|kyiv|kiev', 'third:ua'),
  P('vitryssland|hviderusland|belarus', 'third:by'),
  P('turkiet|tyrkiet|turkey|istanbul', 'third:tr'),
  P('pakistan', 'third:pk'),
  P('vietnam', 'third:vn'),
  P('bangladesh', 'third:bd'),
  P('egypten|egypt', 'third:eg'),
  P('sydafrika|south africa', 'third:za'),
  P('brasilien|brazil', 'third:br'),
  P('mexiko|mexico', 'third:mx'),
  P('singapore', 'third:sg'),
  P('australien|australia', 'third:au'),
  P('malaysia', 'third:my'),
  P('indonesien|indonesia', 'third:id'),
  P('bosnien|bosnia', 'third:ba'),
  P('albanien|albania', 'third:al'),
  P('nordmakedonien|north macedonia', 'third:mk'),
  P('moldavien|moldova', 'third:md'),
  P('armenien|armenia', 'third:am'),
  P('marocko|marokko|morocco', 'third:ma'),
  P('tunisien|tunisia', 'third:tn'),
  P('förenade arabemiraten|de forenede arabiske emirater|united arab emirates|dubai', 'third:ae'),
  P('hongkong|hong kong', 'third:hk'),
  P('taiwan', 'third:tw'),
  P('thailand', 'third:th'),
  P('schweiz|switzerland', 'adequate:ch'),
  P('israel', 'adequate:il'),
  P('sydkorea|south korea|republic of korea', 'adequate:kr'),
  P('nya zeeland|new zealand', 'adequate:nz'),
  P('argentina', 'adequate:ar'),
  P('uruguay', 'adequate:uy'),
  P('japan', 'adequate:jp'),
  P('kanada|canada', 'adequate:ca'),
];

export function placesIn(text: string): ExtractedValue[] {
  const out: ExtractedValue[] = [];
  for (const { re, code } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (out.some((o) => m.index < o.end && o.start < m.index + m[0].length)) continue;
      const outside = code === 'third-country' || code.startsWith('third:') || code.startsWith('adequate:');
      const q = outside ? qualification(text, m.index, m.index + m[0].length) : undefined;
      // Negated: the data stays inside. Conditional ("only on documented instructions"): the buyer
      // controls transfers, but the contract does not say where the data is.
      const places = q === 'negated' ? ['eu-eea'] : q === 'conditional' ? ['controlled-transfer'] : [code];
      out.push({ value: { kind: 'place', places, text: m[0] }, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const NORDIC = new Set(['eu:fi', 'eea:no']);

const WITHIN: Record<string, readonly string[]> = {
  sweden: ['sweden', 'nordics', 'eu-eea', 'eu-eea-or-adequacy'],
  denmark: ['denmark', 'nordics', 'eu-eea', 'eu-eea-or-adequacy'],
  nordics: ['nordics', 'eu-eea', 'eu-eea-or-adequacy'],
  'eu-eea': ['eu-eea', 'eu-eea-or-adequacy'],
};

/** Does a place the contract names fall inside the region the requirement allows? */
export function placeWithin(found: string, required: string): boolean {
  if (found === 'controlled-transfer') return true;
  // A named member state (eu:ie) or EEA state (eea:no) is inside the EU/EEA but not Sweden or Denmark.
  if (found.startsWith('eu:') || found.startsWith('eea:')) return required === 'eu-eea' || required === 'eu-eea-or-adequacy' || (required === 'nordics' && NORDIC.has(found));
  if (found.startsWith('adequate:')) return required === 'eu-eea-or-adequacy';
  if (found === 'third-country' || found.startsWith('third:')) return false;
  return (WITHIN[found] ?? []).includes(required);
}
