/** The smallest run record agent-task-run.schema.json accepts; tests derive their variations from it. */
export const minimalRun = {
  object_type: 'agent_task_run',
  agent_task_run_id: 'run_1',
  work_order_id: 'wo_1',
  requested_tool: 'tokenops',
  state: 'queued',
  created_at: '2026-06-02T10:00:00.000Z',
} as const;
