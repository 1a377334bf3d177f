import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../src-shared/api/contract';
import { stratumLabel } from '../../src-shared/draw/stratum-label';
import type { Message } from '../../src-shared/result';
import { asideIn, labelledIn, listIn, partsIn } from '../../src-shared/text/locale-punctuation';
import { backupEn } from './backup.en';
import { backupZhCN } from './backup.zh-CN';
import { en } from './en';
import { guideEn } from './guide.en';
import { guideZhCN } from './guide.zh-CN';
import { guidedEn } from './guided.en';
import { guidedZhCN } from './guided.zh-CN';
import { managementEn } from './management.en';
import { managementZhCN } from './management.zh-CN';
import { ledgerEn } from './ledger.en';
import { ledgerZhCN } from './ledger.zh-CN';
import { officeEn } from './office.en';
import { officeZhCN } from './office.zh-CN';
import { registerEn } from './register.en';
import { registerZhCN } from './register.zh-CN';
import { publicationEn } from './publication.en';
import { publicationZhCN } from './publication.zh-CN';
import { zhCN } from './zh-CN';

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: { ...zhCN, office: officeZhCN, management: managementZhCN, officeRegister: registerZhCN, ledger: ledgerZhCN, publication: publicationZhCN, backup: backupZhCN, guide: guideZhCN, guided: guidedZhCN } },
    en: { translation: { ...en, office: officeEn, management: managementEn, officeRegister: registerEn, ledger: ledgerEn, publication: publicationEn, backup: backupEn, guide: guideEn, guided: guidedEn } },
  },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

export { i18n };

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** A list as people write it: 甲、乙、丙 in Chinese, "a, b, c" in English. */
export function joinList(items: readonly string[]): string {
  return listIn(currentLanguage(), items);
}

/** Parts of one note: 甲，乙 in Chinese, "a, b" in English (inside a {@link withAside}). */
export function joinParts(items: readonly string[]): string {
  return partsIn(currentLanguage(), items);
}

/** A note in parentheses after data: 袁卫东（E0085） in Chinese, "Yuan (E0085)" in English. */
export function withAside(text: string, aside: string): string {
  return asideIn(currentLanguage(), text, aside);
}

/** A label and its value: 名称：值 in Chinese, "name: value" in English. */
export function labelled(label: string, value: string): string {
  return labelledIn(currentLanguage(), label, value);
}

/** A draw's stratum (stored by its Chinese name) in the language in use. */
export function stratumName(stratum: string): string {
  return localized(stratumLabel(stratum));
}

/** Messages from the back end carry both languages; show the one in use. */
export function localized(message: Message): string {
  return currentLanguage() === 'en' ? message.en : message.zh;
}

/** 2026年11月24日 in Chinese, ISO in English (../shared/ui.md). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return currentLanguage() === 'en' ? `${y}-${m}-${d}` : `${Number(y)}年${Number(m)}月${Number(d)}日`;
}
