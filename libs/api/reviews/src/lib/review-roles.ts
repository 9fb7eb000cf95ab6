/** Managers and process owners run reviews, admins too; agents have no part in them. */
export const REVIEW_WRITERS = ['manager', 'process_owner', 'admin'] as const;
export const REVIEW_READERS = REVIEW_WRITERS;
