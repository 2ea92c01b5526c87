/**
 * Every AWS region a customer can pick, with what the generated snippets need from it.
 *
 * The partition and DNS suffix are not derivable from the region code reliably enough
 * for ARNs and the ECR registry host (China uses `amazonaws.com.cn`), so they are listed
 * explicitly. Display names follow the AWS console in each language.
 * Sovereign/isolated partitions that are not in {@link Partition} (ISO, EUSC) are left out
 * on purpose: the generator cannot produce correct ARNs for them.
 */
import type { Lang, Partition } from './types.ts';

/** One region: its code, partition, DNS suffix and console names. */
export interface RegionInfo {
  code: string;
  partition: Partition;
  /** `amazonaws.com` or `amazonaws.com.cn`. */
  dnsSuffix: string;
  name: Record<Lang, string>;
}

// Tuples keep the table readable; the partition and suffix are added per block below.
type Row = readonly [code: string, ja: string, en: string];

const COMMERCIAL: readonly Row[] = [
  ['us-east-1', '米国東部 (バージニア北部)', 'US East (N. Virginia)'],
  ['us-east-2', '米国東部 (オハイオ)', 'US East (Ohio)'],
  ['us-west-1', '米国西部 (北カリフォルニア)', 'US West (N. California)'],
  ['us-west-2', '米国西部 (オレゴン)', 'US West (Oregon)'],
  ['af-south-1', 'アフリカ (ケープタウン)', 'Africa (Cape Town)'],
  ['ap-east-1', 'アジアパシフィック (香港)', 'Asia Pacific (Hong Kong)'],
  ['ap-east-2', 'アジアパシフィック (台北)', 'Asia Pacific (Taipei)'],
  ['ap-south-1', 'アジアパシフィック (ムンバイ)', 'Asia Pacific (Mumbai)'],
  ['ap-south-2', 'アジアパシフィック (ハイデラバード)', 'Asia Pacific (Hyderabad)'],
  ['ap-northeast-1', 'アジアパシフィック (東京)', 'Asia Pacific (Tokyo)'],
  ['ap-northeast-2', 'アジアパシフィック (ソウル)', 'Asia Pacific (Seoul)'],
  ['ap-northeast-3', 'アジアパシフィック (大阪)', 'Asia Pacific (Osaka)'],
  ['ap-southeast-1', 'アジアパシフィック (シンガポール)', 'Asia Pacific (Singapore)'],
  ['ap-southeast-2', 'アジアパシフィック (シドニー)', 'Asia Pacific (Sydney)'],
  ['ap-southeast-3', 'アジアパシフィック (ジャカルタ)', 'Asia Pacific (Jakarta)'],
  ['ap-southeast-4', 'アジアパシフィック (メルボルン)', 'Asia Pacific (Melbourne)'],
  ['ap-southeast-5', 'アジアパシフィック (マレーシア)', 'Asia Pacific (Malaysia)'],
  ['ap-southeast-6', 'アジアパシフィック (ニュージーランド)', 'Asia Pacific (New Zealand)'],
  ['ap-southeast-7', 'アジアパシフィック (タイ)', 'Asia Pacific (Thailand)'],
  ['ca-central-1', 'カナダ (中部)', 'Canada (Central)'],
  ['ca-west-1', 'カナダ西部 (カルガリー)', 'Canada West (Calgary)'],
  ['eu-central-1', '欧州 (フランクフルト)', 'Europe (Frankfurt)'],
  ['eu-central-2', '欧州 (チューリッヒ)', 'Europe (Zurich)'],
  ['eu-west-1', '欧州 (アイルランド)', 'Europe (Ireland)'],
  ['eu-west-2', '欧州 (ロンドン)', 'Europe (London)'],
  ['eu-west-3', '欧州 (パリ)', 'Europe (Paris)'],
  ['eu-south-1', '欧州 (ミラノ)', 'Europe (Milan)'],
  ['eu-south-2', '欧州 (スペイン)', 'Europe (Spain)'],
  ['eu-north-1', '欧州 (ストックホルム)', 'Europe (Stockholm)'],
  ['il-central-1', 'イスラエル (テルアビブ)', 'Israel (Tel Aviv)'],
  ['me-south-1', '中東 (バーレーン)', 'Middle East (Bahrain)'],
  ['me-central-1', '中東 (アラブ首長国連邦)', 'Middle East (UAE)'],
  ['mx-central-1', 'メキシコ (中部)', 'Mexico (Central)'],
  ['sa-east-1', '南米 (サンパウロ)', 'South America (São Paulo)'],
];

const CHINA: readonly Row[] = [
  ['cn-north-1', '中国 (北京)', 'China (Beijing)'],
  ['cn-northwest-1', '中国 (寧夏)', 'China (Ningxia)'],
];

const GOVCLOUD: readonly Row[] = [
  ['us-gov-west-1', 'AWS GovCloud (米国西部)', 'AWS GovCloud (US-West)'],
  ['us-gov-east-1', 'AWS GovCloud (米国東部)', 'AWS GovCloud (US-East)'],
];

function rows(list: readonly Row[], partition: Partition, dnsSuffix: string): RegionInfo[] {
  return list.map(([code, ja, en]) => ({ code, partition, dnsSuffix, name: { ja, en } }));
}

/** All known regions, commercial first (console order), then China, then GovCloud. */
export const REGIONS: readonly RegionInfo[] = Object.freeze([
  ...rows(COMMERCIAL, 'aws', 'amazonaws.com'),
  ...rows(CHINA, 'aws-cn', 'amazonaws.com.cn'),
  ...rows(GOVCLOUD, 'aws-us-gov', 'amazonaws.com'),
]);

// A Map rather than an object so that codes such as `__proto__` or `constructor` are never found.
const BY_CODE: ReadonlyMap<string, RegionInfo> = new Map(REGIONS.map((r) => [r.code, r]));

/** The region with this exact code (case-sensitive, as AWS writes it), or `undefined`. */
export function regionInfo(code: string): RegionInfo | undefined {
  return BY_CODE.get(code);
}

/** Whether `code` is a region this guide knows. */
export function isKnownRegion(code: string): boolean {
  return BY_CODE.has(code);
}

/** One `<option>` of the region `<select>`; `group` lets the UI build `<optgroup>`s per partition. */
export interface RegionOption {
  value: string;
  label: string;
  group: Partition;
}

/** Options for a region `<select>` in `lang`, labelled like the console: `Asia Pacific (Tokyo) ap-northeast-1`. */
export function regionOptions(lang: Lang): RegionOption[] {
  return REGIONS.map((r) => ({ value: r.code, label: `${r.name[lang]} ${r.code}`, group: r.partition }));
}

/** Display name of the region in `lang`, or the code itself when unknown (never throws). */
export function regionName(code: string, lang: Lang): string {
  return BY_CODE.get(code)?.name[lang] ?? code;
}

/** Display names of the partitions, for `<optgroup>` labels. */
export const PARTITION_NAMES: Readonly<Record<Partition, Record<Lang, string>>> = {
  aws: { ja: '商用リージョン', en: 'Commercial Regions' },
  'aws-cn': { ja: '中国リージョン', en: 'China Regions' },
  'aws-us-gov': { ja: 'AWS GovCloud (US)', en: 'AWS GovCloud (US)' },
};
