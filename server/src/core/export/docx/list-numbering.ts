import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';

type NumberingDefinition = INumberingOptions['config'][number];

/** Word has nine list levels; a list nested deeper is written at the ninth. */
export const DEEPEST_LIST_LEVEL = 8;

const BULLETS = 'cr-bullets';
const BULLET_CHARACTERS = ['\u2022', '\u25e6', '\u25aa'];

/** Where a list's paragraphs are numbered: a list definition, and which list of it (`instance`) they are. */
export interface ListReference {
  readonly reference: string;
  readonly instance?: number;
}

/**
 * The Word lists of a paper. Bullets share one list; each numbered list is a
 * list of its own (an instance of a definition, as Word's "Restart at"
 * makes one), so it starts again from the number written in the Markdown
 * (`3.` starts at 3) rather than carrying on from the one before. Lists that
 * start alike share one definition, so a long report has a few, not one per
 * list.
 */
export class ListNumbering {
  private readonly definitions: NumberingDefinition[] = [
    { reference: BULLETS, levels: levels((level) => ({ format: LevelFormat.BULLET, text: bulletAt(level) })) },
  ];
  private readonly definedFor = new Set<string>();
  private instances = 0;

  readonly bullets: ListReference = { reference: BULLETS };

  /** A new numbered list whose items at `level` count from `start`. */
  ordered(start: number, level: number): ListReference {
    const reference = `cr-numbers-${level}-${start}`;
    if (!this.definedFor.has(reference)) {
      this.definedFor.add(reference);
      this.definitions.push({
        reference,
        levels: levels((at) => ({
          format: LevelFormat.DECIMAL,
          text: `%${at + 1}.`,
          start: at === level ? start : 1,
        })),
      });
    }
    return { reference, instance: ++this.instances };
  }

  get options(): INumberingOptions {
    return { config: this.definitions };
  }
}

function levels(look: (level: number) => Partial<ILevelsOptions>): ILevelsOptions[] {
  return Array.from({ length: DEEPEST_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    ...look(level),
  }));
}

function bulletAt(level: number): string {
  return BULLET_CHARACTERS[level % BULLET_CHARACTERS.length]!;
}
