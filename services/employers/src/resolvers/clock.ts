/** Today's date in UTC: the day a report submitted now is filed. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
