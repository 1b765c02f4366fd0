// /fr/embed/<chapter>/oembed.json: see src/lib/embed/oembed.ts.
import type { GetStaticPaths } from 'astro';
import { oembedGET, oembedPaths } from '../../../../lib/embed/oembed.ts';

export const getStaticPaths = (() => oembedPaths('fr')) satisfies GetStaticPaths;
export const GET = oembedGET;
