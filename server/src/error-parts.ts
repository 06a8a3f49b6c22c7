// The two things every error handler reads from whatever was thrown: Neo4j's status code and the message.
export const codeOf = (e: unknown): string => {
  const code = (e as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : '';
};

export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
