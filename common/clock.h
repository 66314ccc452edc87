/*
 * clock.h - the monotonic clock in milliseconds, for deadlines and for
 * measuring how long something took. CLOCK_MONOTONIC (clock_gettime(2)):
 * it does not jump when the wall clock is set; its zero is arbitrary, so
 * only differences and comparisons of its values mean anything.
 */
#ifndef CLOCK_H
#define CLOCK_H

/* CLOCK_MONOTONIC now, in milliseconds. */
long cm_now_ms(void);

#endif
