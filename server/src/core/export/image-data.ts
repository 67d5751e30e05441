import { imageSize } from 'image-size';

/** The image formats a browser shows, by image-size's name for each, and how a `data:` URI names them. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  avif: 'image/avif',
  bmp: 'image/bmp',
};

/** An image's format and size in pixels, or undefined when the bytes are not an image a page or Word can show. */
export interface ImageFacts {
  readonly type: string;
  readonly mediaType: string;
  readonly width: number;
  readonly height: number;
}

/** A photo turned on its side by its EXIF orientation is shown turned back: its size is as shown. */
export function imageFacts(bytes: Uint8Array): ImageFacts | undefined {
  try {
    const { type, width, height, orientation } = imageSize(bytes);
    const mediaType = type === undefined ? undefined : MEDIA_TYPES[type];
    if (mediaType === undefined || !(width > 0) || !(height > 0)) return undefined;
    const turned = orientation !== undefined && orientation >= 5;
    return { type: type!, mediaType, width: turned ? height : width, height: turned ? width : height };
  } catch {
    // image-size throws on anything it does not recognise: that is not an image.
    return undefined;
  }
}

/** The image as a `data:` URI, so a published page carries it and fetches nothing; undefined when it is not an image. */
export function imageDataUri(bytes: Uint8Array): string | undefined {
  const facts = imageFacts(bytes);
  return facts === undefined ? undefined : `data:${facts.mediaType};base64,${base64(bytes)}`;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** What the officer is told of an image an export could not put in: which, why, and what stands in its place. */
export function imageLeftOut(source: string, why: string): string {
  return `The image "${source}" ${why}, so its alternative text is shown in its place.`;
}
