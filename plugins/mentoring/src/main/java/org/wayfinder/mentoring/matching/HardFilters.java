package org.wayfinder.mentoring.matching;

/**
 * The owner's rules a proposed pair must keep, whatever its score. A pair that breaks one is never
 * proposed, not merely scored low. That the mentor is vetted is not among them: it is a safeguarding
 * rule, not a preference, so matching always keeps it and no owner can switch it off.
 *
 * @param shareCareerArea the mentor must know at least one of the careers the mentee chose
 * @param sameBorough     the mentor must be in the mentee's borough
 */
public record HardFilters(boolean shareCareerArea, boolean sameBorough) {

    /** Only the vetting rule: any vetted mentor may be proposed to any mentee. */
    public static final HardFilters NONE = new HardFilters(false, false);
}
