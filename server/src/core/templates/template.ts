/** What a bare "None" in a section means: fine, a missing reason, or an empty section. */
export type NonePolicy = 'allowed' | 'with-reason' | 'never';

/**
 * When a section is required: always, never, only for a decision report
 * (`purpose: decision`) or an exempt one (`exempt` set in the front matter),
 * or unless the minutes are an extract of some items (`item` in the front matter).
 */
export type Requirement = 'required' | 'optional' | 'if-decision' | 'if-exempt' | 'unless-item';

export interface TemplateSection {
  readonly title: string;
  readonly aliases: readonly string[];
  readonly requirement: Requirement;
  readonly none: NonePolicy;
  /** What the section is for and why it is there, for hovers and messages. */
  readonly purpose: string;
  /**
   * Why the template asks for it: the law or practice behind it, for the
   * hover over its heading. Sections a council adds in its config have none.
   */
  readonly why?: string;
  /** Standard wording inserted with the heading by the "add section" quick fix. */
  readonly wording: string;
}

export interface Template {
  readonly name: string;
  /** In the order the sections are expected. */
  readonly sections: readonly TemplateSection[];
}
