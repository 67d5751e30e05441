export { renumberPlan } from './plan';
export type { RenumberOptions, RenumberPlan, RenumberResult } from './plan';
export type { IdChange } from './numbering';
export type { ParagraphChange } from './paragraphs';
