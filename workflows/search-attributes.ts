// Custom search attributes that make every task findable in the Temporal UI and by visibility queries.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const PlanId = defineSearchAttributeKey('PlanId', SearchAttributeType.KEYWORD);
export const TaskNo = defineSearchAttributeKey('TaskNo', SearchAttributeType.KEYWORD);
export const TaskState = defineSearchAttributeKey('TaskState', SearchAttributeType.KEYWORD);
export const Supervision = defineSearchAttributeKey('Supervision', SearchAttributeType.KEYWORD);
export const LeadUnit = defineSearchAttributeKey('LeadUnit', SearchAttributeType.KEYWORD);
export const AssistingUnits = defineSearchAttributeKey('AssistingUnits', SearchAttributeType.KEYWORD_LIST);
export const DueAt = defineSearchAttributeKey('DueAt', SearchAttributeType.DATETIME);

export const SEARCH_ATTRIBUTES = [PlanId, TaskNo, TaskState, Supervision, LeadUnit, AssistingUnits, DueAt] as const;

/** `--search-attribute Name=Type` arguments for `temporal server start-dev`. */
export function devServerSearchAttributeArgs(): string[] {
  const cliType: Record<string, string> = {
    KEYWORD: 'Keyword',
    KEYWORD_LIST: 'KeywordList',
    DATETIME: 'Datetime',
  };
  return SEARCH_ATTRIBUTES.flatMap((key) => ['--search-attribute', `${key.name}=${cliType[key.type] ?? key.type}`]);
}
