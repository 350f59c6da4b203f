/** 31 December of the year: the situation date of a yearly workforce report. */
export const yearEnd = (year: number): string => `${year}-12-31`;
