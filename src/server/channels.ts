/** The presence channels of one class: pairs report to the class room; the class room tells every pair its status. */
export function channels(classId: string): { report: string; status: string } {
  return { report: `strike-clock:${classId}:report`, status: `strike-clock:${classId}:status` };
}
