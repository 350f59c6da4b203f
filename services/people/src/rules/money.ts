/** Euro amounts (budgets, incomes) are stored as whole cents, so sums never drift by a float error. */
export const euroToCents = (euro: number | null | undefined) => (euro == null ? null : Math.round(euro * 100));
