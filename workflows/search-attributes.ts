// Custom search attributes that make every task findable in the Temporal UI and by visibility queries.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const PlanId = defineSearchAttributeKey('PlanId', SearchAttributeType.KEYWORD);
export const TaskNo = defineSearchAttributeKey('TaskNo', SearchAttributeType.KEYWORD);
export const TaskState = defineSearchAttributeKey('TaskState', SearchAttributeType.KEYWORD);
export const Supervision = defineSearchAttributeKey('Supervision', SearchAttributeType.KEYWORD);
/** the first lead unit (sorting, one UI column) */
export const LeadUnit = defineSearchAttributeKey('LeadUnit', SearchAttributeType.KEYWORD);
/** every lead unit: co-led tasks are found by any of their leads (`LeadUnits = '…'` matches an element) */
export const LeadUnits = defineSearchAttributeKey('LeadUnits', SearchAttributeType.KEYWORD_LIST);
export const AssistingUnits = defineSearchAttributeKey('AssistingUnits', SearchAttributeType.KEYWORD_LIST);
export const DueAt = defineSearchAttributeKey('DueAt', SearchAttributeType.DATETIME);
/** `<planId>:<no>` of the upper level's task a child plan's task implements (层层分解): `ParentTask = 'liaoning-2020:3'` */
export const ParentTask = defineSearchAttributeKey('ParentTask', SearchAttributeType.KEYWORD);

export const SEARCH_ATTRIBUTES = [PlanId, TaskNo, TaskState, Supervision, LeadUnit, LeadUnits, AssistingUnits, DueAt, ParentTask] as const;

/** `--search-attribute Name=Type` arguments for `temporal server start-dev`. */
export function devServerSearchAttributeArgs(): string[] {
  const cliType: Record<string, string> = {
    KEYWORD: 'Keyword',
    KEYWORD_LIST: 'KeywordList',
    DATETIME: 'Datetime',
  };
  return SEARCH_ATTRIBUTES.flatMap((key) => ['--search-attribute', `${key.name}=${cliType[key.type] ?? key.type}`]);
}
