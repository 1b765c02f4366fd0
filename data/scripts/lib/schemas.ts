// zod schemas of the raw inputs. They describe only what the build relies on (unknown
// extra fields are ignored); a renamed or retyped field stops the build with a message.
import { z } from 'zod';

export const Confidence = z.enum(['high', 'medium', 'low']);

export const FactSource = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string().nullable(),
  url: z.url(),
});
export type FactSource = z.infer<typeof FactSource>;

export const FactSources = z.record(z.string().regex(/^[A-Z0-9_]+$/), FactSource);

const Sources = z.array(FactSource).min(1);

export const FactPlace = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  name: z.string().min(1),
  alt_names: z.array(z.string()),
  country: z.string().min(1),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  kind: z.string().min(1),
  coord_basis: z.string(),
  confidence: Confidence,
  notes: z.string().nullable(),
  sources: Sources,
});
export type FactPlace = z.infer<typeof FactPlace>;

const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const TimelineEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: IsoDate,
  end_date: IsoDate.nullable(),
  date_precision: z.enum(['day', 'month', 'year']),
  title: z.string().min(1),
  summary: z.string().min(1),
  place_ids: z.array(z.string()),
  figures: z.record(z.string(), z.union([z.number(), z.string()])),
  tags: z.array(z.string()),
  confidence: Confidence,
  notes: z.string().nullable(),
  sources: Sources,
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const GlossaryEntry = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  term: z.string().min(1),
  expansion: z.string().nullable(),
  aka: z.array(z.string()),
  definition: z.string().min(1),
  notes: z.string().nullable(),
  related_timeline_ids: z.array(z.string()),
  sources: Sources,
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

const TextOrNumber = z.union([z.string(), z.number()]);

export const CasualtyEstimate = z.object({
  source_type: z.string().min(1),
  date: z.string().nullable().optional(),
  killed: TextOrNumber.nullable(),
  wounded: TextOrNumber.nullable().optional(),
  wording: z.string().optional(),
  named_victims: z.number().optional(),
  attackers: z.string().optional(),
  other: z.string().optional(),
  sources: Sources,
});
export type CasualtyEstimate = z.infer<typeof CasualtyEstimate>;

export const BamakoAttack = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  weekday: z.string().min(1),
  sites: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      article_wording: z.string(),
      lat: z.number(),
      lon: z.number(),
      coord_status: z.string(),
      details: z.array(z.string()),
      sources: Sources,
    }),
  ),
  timeline_of_day: z.array(z.object({ time_local: z.string(), event: z.string(), sources: Sources })),
  casualty_estimates: z.array(CasualtyEstimate).min(1),
  toll_guidance: z.string().min(1),
  arrests_and_aftermath: z.array(z.object({ fact: z.string(), sources: Sources })),
  presidential_plane: z.object({ fact: z.string(), caution: z.string(), sources: Sources }),
});
export type BamakoAttack = z.infer<typeof BamakoAttack>;

// ---- geometry inputs -------------------------------------------------------------

const Position = z.array(z.number()).min(2);
const Geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position).min(2)) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position).min(4)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position).min(4))) }),
]);

/** A GeoJSON FeatureCollection whose features all carry the given properties. */
export function featureCollection<P extends z.ZodType>(properties: P) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.union([z.string(), z.number()]).optional(),
        properties,
        geometry: Geometry,
      }),
    ),
  });
}

/** A TopoJSON topology with the named GeometryCollection objects (geometries not deep-checked). */
export function topology<K extends string>(objectNames: readonly K[]) {
  const geometry = z.looseObject({ type: z.string(), properties: z.record(z.string(), z.unknown()).optional() });
  const objects = Object.fromEntries(
    objectNames.map((name) => [name, z.object({ type: z.literal('GeometryCollection'), geometries: z.array(geometry).min(1) })]),
  ) as unknown as Record<K, z.ZodObject>;
  return z.object({
    type: z.literal('Topology'),
    arcs: z.array(z.array(z.array(z.number()))),
    transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }).optional(),
    objects: z.looseObject(objects),
  });
}
