import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';

type NumberingDefinition = INumberingOptions['config'][number];

/** Word has nine list levels; a list nested deeper is written at the ninth. */
export const DEEPEST_LIST_LEVEL = 8;

const BULLETS = 'cr-bullets';
const BULLET_CHARACTERS = ['\u2022', '\u25e6', '\u25aa'];

/**
 * The Word lists of a paper. Bullets share one list; each numbered list is a
 * list of its own, so it starts again from the number written in the
 * Markdown (`3.` starts at 3) rather than carrying on from the one before.
 */
export class ListNumbering {
  private readonly definitions: NumberingDefinition[] = [
    { reference: BULLETS, levels: levels((level) => ({ format: LevelFormat.BULLET, text: bulletAt(level) })) },
  ];

  readonly bullets = BULLETS;

  /** A new numbered list whose items at `level` count from `start`. */
  ordered(start: number, level: number): string {
    const reference = `cr-numbers-${this.definitions.length}`;
    this.definitions.push({
      reference,
      levels: levels((at) => ({
        format: LevelFormat.DECIMAL,
        text: `%${at + 1}.`,
        start: at === level ? start : 1,
      })),
    });
    return reference;
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
