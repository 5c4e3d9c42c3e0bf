// Exit codes of the CLI for every kind of DubanError.
import { describe, expect, it } from 'vitest';
import { DubanError, type DubanErrorCode } from '../../client/errors';
import { EXIT, exitCodeOf } from '../../client/cli/exit';

describe('exitCodeOf', () => {
  it.each<[DubanErrorCode, number]>([
    ['TRANSITION_NOT_ALLOWED', EXIT.refused],
    ['FORBIDDEN_ACTOR', EXIT.refused],
    ['ASSISTS_OUTSTANDING', EXIT.refused],
    ['DUPLICATE_EVENT', EXIT.refused],
    ['ITEM_CLOSED', EXIT.refused],
    ['BAD_PAYLOAD', EXIT.usage],
    ['BAD_TASK_ID', EXIT.usage],
    ['UNKNOWN_LAYOUT', EXIT.usage],
    ['BAD_REBASE', EXIT.usage],
    ['UNAVAILABLE', EXIT.unavailable],
    ['UNKNOWN_TASK', EXIT.notFound],
    ['UNKNOWN_PLAN', EXIT.notFound],
    ['UNKNOWN_ITEM', EXIT.notFound],
  ])('%s → exit %i', (code, exit) => {
    expect(exitCodeOf(new DubanError(code, 'm'))).toBe(exit);
  });
});
