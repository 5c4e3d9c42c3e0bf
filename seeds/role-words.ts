// The words a list puts after its units to say what they do: lead (牵头, 主办, 主责 …), help (配合, 协助 …) or answer (负责, 落实 …).

/** Words after units that make them leads: X牵头 (X总牵头), X主办, X主责, X主抓, X领衔, X负总责, X为主. */
export const LEAD_WORD = /总?牵头|主办|主责|主抓|领衔|负总责|为主(?![要体])/;

/** The words of help (配合, 协助, 协办, 参与, 参加, 协同, 支持). */
const HELP = '配合|协助|协办|参与|参加|协同|支持';

/** A role printed in brackets after a unit's name (`市民政局（牵头）`): the words such a mark holds. */
export const ROLE_MARK_WORD = '牵头(?:单位)?|主办|主责|负总责|配合|协办|参与';

/** A clause whose units help (`Y配合`, `Y协助落实`, `Y、Z参与`): its closing words are words of help. */
export const HELP_END = new RegExp(`(${HELP})(做好|落实|推进|实施|开展)?[。.；;]?$`);

/** `按职责`, `按照各自职责`, `根据职责`: the words saying the units work by their duties (no unit's name). */
export const BY_DUTY = '(?:按照?|根据|依据)(?:各自)?职责';

/** `按职责分工负责`, `按照职责分工落实` closing a unit's name: how it works, not who it is. */
export const BY_DUTY_END = new RegExp(`${BY_DUTY}(?:分工)?(?:负责|落实|配合|实施|推进|抓好)?(?:落实|工作)?$`);

/**
 * The words after a list of units that say how they work, not who they are (负责落实, 配合做好, 共同推进, 全力配合, 牵头抓总,
 * 为责任单位); stripped one at a time from the end.
 */
export const DUTY_END = new RegExp(
  `(${BY_DUTY}(?:分工)?|分工|分别|各司其职|共同|具体|积极|全力|密切|主动|大力|紧密|组织)?(负责|落实|${HELP}|实施|承办|推进|抓总|办理|执行|做好|卖力)$|为(牵头|责任|配合|协办|主办)(单位|部门)$`,
);

/** A clause of an opening (`由X负责，Y牵头，Z配合，…`) ends with the duty it names. */
export const OPENING_DUTY_END = new RegExp(`(负责|牵头|主办|主责|${HELP})$`);

/** A clause of units closed by the words of their duty (`市民政局牵头`, `市财政局、市卫健委配合`, `各区政府负责落实`). */
export const DUTY_CLAUSE = new RegExp(`(总?牵头(负责|抓总|实施)?|主办|主责|主抓|领衔|(${HELP})(落实|做好|推进|实施|开展)?|负责(落实)?|落实|组织实施)$`);
