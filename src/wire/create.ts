/**
 * `create` of a message from its field table: protobuf-es's `create` for the
 * fields our schemas have (./fields.ts), without its reflection runtime. The
 * result is the same object protobuf-es makes: `$typeName` first, then every
 * field and oneof group in declaration order, proto3 defaults for absent
 * scalars, no property for an absent message, `{ case: undefined }` for an
 * unset oneof (`test/wire/tables.test.ts` compares the two).
 */
import type { DescMessage, MessageInitShape, MessageShape } from '@bufbuild/protobuf';
import { Kind, messagePlan, planOf } from './fields.js';
import type { FieldPlan, MessageTable, Plan } from './fields.js';

/** One zero-length array for every absent bytes field, as protobuf-es shares one per field. */
const EMPTY = new Uint8Array(0);

/** The proto3 default of a scalar or enum field, by {@link Kind}. */
export const DEFAULTS: readonly unknown[] = [0, 0n, false, 0, '', EMPTY];

type Message = Record<string, unknown>;

/**
 * A new message of `schema`, its fields set from `init` (plain objects in
 * message fields become messages too). An `init` that is already a message
 * of this type is returned as it is.
 */
export function create<S extends DescMessage>(
  schema: MessageTable<S>,
  init?: MessageInitShape<S>,
): MessageShape<S> {
  return createWith(planOf(schema), init) as MessageShape<S>;
}

/** {@link create} from a plan. */
export function createWith(plan: Plan, init: unknown): Message {
  if (isMessageOf(init, plan.typeName)) return init;
  const from = init as Message | null | undefined;
  const message: Message = { $typeName: plan.typeName };
  for (const member of plan.members) {
    if (!('name' in member)) {
      // A oneof group: the member its `case` names, or unset.
      const value = from?.[member.oneof] as { case?: unknown; value?: unknown } | null | undefined;
      const field = typeof value?.case === 'string' ? member.members.get(value.case) : undefined;
      message[member.oneof] =
        field === undefined
          ? { case: undefined }
          : { case: field.name, value: toMessage(field, value!.value) };
      continue;
    }
    const field = member;
    const value = from?.[field.name];
    if (field.list) {
      message[field.name] =
        Array.isArray(value) && field.kind === Kind.Message
          ? value.map((item) => toMessage(field, item))
          : Array.isArray(value) && field.kind === Kind.Bytes
            ? value.map(toBytes)
            : (value ?? []);
    } else if (value !== null && value !== undefined) {
      message[field.name] =
        field.kind === Kind.Message
          ? toMessage(field, value)
          : field.kind === Kind.Bytes
            ? toBytes(value)
            : value;
    } else if (field.kind !== Kind.Message) {
      message[field.name] = DEFAULTS[field.kind];
    }
  }
  return message;
}

function isMessageOf(value: unknown, typeName: string): value is Message {
  return (
    value !== null &&
    typeof value === 'object' &&
    '$typeName' in value &&
    (value as { $typeName: unknown }).$typeName === typeName
  );
}

/** A message field's value: a plain object becomes a message; anything else stays as it is. */
function toMessage(field: FieldPlan, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const plan = messagePlan(field);
  return isMessageOf(value, plan.typeName) ? value : createWith(plan, value);
}

/** An array of byte values becomes a Uint8Array, as protobuf-es converts it. */
function toBytes(value: unknown): unknown {
  return Array.isArray(value) ? new Uint8Array(value as number[]) : value;
}
