package events

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/geowire/geowire/internal/model"
)

// When an event happened, with ACLED's time precision (1 the day, 2
// around that day, within a week, 3 only the month) and the basis:
//   - a day stated (or resolved) in the event's own sentences: precision 1,
//     basis as the reading gives it (stated, relative to publication);
//   - a week or month there: precision 2 or 3;
//   - else the first day the article states: precision 2;
//   - else an embedded post's date, which bounds the event: precision 2,
//     basis "embed";
//   - else the publication date: precision 2, basis "publication".
//
// Historical dates (decades, years long past) are never an event's date.

type dateChoice struct {
	value, basis string
	prec         int
	ev           *model.DateRef
	embed        *int
	why          string
}

func (c *coder) date(e *event) dateChoice {
	var weekOrMonth *dateChoice
	for _, cd := range e.cands {
		for i := range cd.dates {
			d := &cd.dates[i]
			if d.Value == "" || strings.HasPrefix(d.Value, "--") || d.Modifier == "since" || d.Modifier == "until" {
				continue
			}
			switch d.Granularity {
			case model.GranDay:
				return dateChoice{value: d.Value[:10], basis: d.Basis, prec: 1, ev: d, embed: d.Embed, why: "the day stated in the event's sentence"}
			case model.GranWeek:
				if weekOrMonth == nil {
					weekOrMonth = &dateChoice{value: weekStart(d.Value), basis: d.Basis, prec: 2, ev: d, embed: d.Embed, why: "the week stated in the event's sentence"}
				}
			case model.GranMonth:
				if weekOrMonth == nil && len(d.Value) == 7 {
					weekOrMonth = &dateChoice{value: d.Value + "-01", basis: d.Basis, prec: 3, ev: d, embed: d.Embed, why: "the month stated in the event's sentence"}
				}
			case model.GranRange:
				if v, _, ok := strings.Cut(d.Value, "/"); ok && len(v) == 10 && weekOrMonth == nil {
					weekOrMonth = &dateChoice{value: v, basis: d.Basis, prec: 2, ev: d, embed: d.Embed, why: "the start of the range stated in the event's sentence"}
				}
			}
		}
	}
	if weekOrMonth != nil {
		return *weekOrMonth
	}
	for i := range c.r.Dates {
		d := &c.r.Dates[i]
		if d.Granularity == model.GranDay && len(d.Value) >= 10 && d.Embed == nil && !strings.HasPrefix(d.Value, "--") && (c.refYear == 0 || d.Value[:4] >= itoa(c.refYear-1)) {
			return dateChoice{value: d.Value[:10], basis: d.Basis, prec: 2, ev: d, why: "the first day the article states"}
		}
	}
	for i, em := range c.doc.Embeds {
		if len(em.Date) >= 10 {
			idx := i
			return dateChoice{value: em.Date[:10], basis: model.BasisEmbed, prec: 2, embed: &idx, why: "the date of the embedded post that reports it (" + em.Handle + ")"}
		}
	}
	if c.doc.Published != nil {
		return dateChoice{value: c.doc.Published.UTC().Format("2006-01-02"), basis: "publication", prec: 2, why: "the publication date (no date in the text)"}
	}
	return dateChoice{}
}

// weekStart turns "2025-W22" into the Monday of that ISO week.
func weekStart(v string) string {
	var y, w int
	if _, err := fmtSscanf(v, &y, &w); err != nil {
		return ""
	}
	return isoWeekMonday(y, w)
}

func itoa(n int) string { return strconv.Itoa(n) }

func fmtSscanf(v string, y, w *int) (int, error) { return fmt.Sscanf(v, "%d-W%d", y, w) }

func isoWeekMonday(y, w int) string {
	// January 4th is always in week 1
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday()+6) % 7 // Monday 0
	mon := jan4.AddDate(0, 0, -wd+(w-1)*7)
	return mon.Format("2006-01-02")
}
