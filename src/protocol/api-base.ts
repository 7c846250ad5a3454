/** The path every endpoint of SPEC.md §3.1 sits under, below the host's base URL. */
export const API_BASE = '/api/agents';
