package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/geowire/geowire/internal/store"
)

// Cluster candidates in memory. Every document the writer stores asks,
// for each of its events, for the stored events of the same type near it
// in place and time (Document.Assign); answered by SQL, those queries
// were the largest share of the writer's time (the rows of a type and a
// month, filtered by bounding box) and of the decoding of JSON. A SQLite
// file has one writer, this process's, so the writer keeps the asserted
// events of the most recent dates in memory and answers the queries from
// there, exactly as the SQL would (same rows, same order, same limit):
//
//   - it holds every asserted event whose date is after floor, loaded from
//     the events table on first use and kept in step by the batches the
//     writer commits (the events of a batch join at its commit; inside the
//     batch a candTx adds them for the documents that follow);
//   - a query whose window starts at or before floor, or that is not a
//     dated, bounded window, goes to SQL;
//   - past maxMemCands events the oldest dates are dropped and floor rises;
//   - any other write to the events (PutAnalysis, AssignClusters, a batch
//     written document by document, another process: PRAGMA data_version
//     on the writer's connection) marks the index stale; it is loaded
//     again at most every memReloadEvery, SQL answering in between.

// maxMemCands bounds the events held (about 400 bytes each).
const maxMemCands = 150_000

// memReloadEvery is the shortest time between two loads of the index.
const memReloadEvery = 30 * time.Second

// memCand is one event held in memory.
type memCand struct {
	c        store.Candidate // the event as DecodeCandidate reads it
	typ      string
	date     string
	lat, lon float64
	hasLoc   bool // the lat and lon columns are not NULL
}

// dayBucket holds the events of one type and date, by id descending.
type dayBucket []*memCand

// typeIndex holds events by date: all the events of one type, or those
// of one type in one grid cell.
type typeIndex struct {
	dates []string // ascending
	days  map[string]dayBucket
}

func newTypeIndex() *typeIndex { return &typeIndex{days: map[string]dayBucket{}} }

// insert adds c in date and id order.
func (ti *typeIndex) insert(c *memCand) {
	b, ok := ti.days[c.date]
	if !ok {
		i, _ := slices.BinarySearch(ti.dates, c.date)
		ti.dates = slices.Insert(ti.dates, i, c.date)
	}
	i, _ := slices.BinarySearchFunc(b, c.c.Event.ID, func(x *memCand, id string) int { return strings.Compare(id, x.c.Event.ID) })
	ti.days[c.date] = slices.Insert(b, i, c)
}

// delete removes c; it reports whether the index is empty after.
func (ti *typeIndex) delete(c *memCand) bool {
	b := ti.days[c.date]
	if i := slices.Index(b, c); i >= 0 {
		b = slices.Delete(b, i, i+1)
	}
	if len(b) == 0 {
		delete(ti.days, c.date)
		if i, ok := slices.BinarySearch(ti.dates, c.date); ok {
			ti.dates = slices.Delete(ti.dates, i, i+1)
		}
	} else {
		ti.days[c.date] = b
	}
	return len(ti.dates) == 0
}

// dropDates removes the dates in drop, calling fn for each event removed;
// it reports whether the index is empty after.
func (ti *typeIndex) dropDates(drop map[string]bool, fn func(*memCand)) bool {
	keep := ti.dates[:0]
	for _, d := range ti.dates {
		if !drop[d] {
			keep = append(keep, d)
			continue
		}
		if fn != nil {
			for _, c := range ti.days[d] {
				fn(c)
			}
		}
		delete(ti.days, d)
	}
	ti.dates = keep
	return len(keep) == 0
}

// collect appends to out the first limit events inside f's window,
// newest first, then by id descending.
func (ti *typeIndex) collect(f store.EventFilter, limit int, out []*memCand) []*memCand {
	got := 0
	hi, _ := slices.BinarySearch(ti.dates, f.To+"\x00") // dates ≤ To
	for i := hi - 1; i >= 0 && ti.dates[i] >= f.From; i-- {
		for _, c := range ti.days[ti.dates[i]] {
			if c.matches(f) {
				out = append(out, c)
				if got++; got == limit {
					return out
				}
			}
		}
	}
	return out
}

// Events are also indexed by type in cells of gridDeg degrees, so that a
// query looks only at the events in the cells its bounding box touches,
// when it touches at most maxQueryCells of them (a window around a place
// touches a few dozen; an event without a place asks for the world).
const (
	gridDeg       = 2.0
	maxQueryCells = 64
)

type cellKey struct {
	typ    string
	cx, cy int16
}

// cellOf returns the grid cell of a longitude and latitude.
func cellOf(lon, lat float64) (cx, cy int16) {
	x := int(math.Floor((lon + 180) / gridDeg))
	y := int(math.Floor((lat + 90) / gridDeg))
	return int16(min(max(x, 0), int(360/gridDeg)-1)), int16(min(max(y, 0), int(180/gridDeg)-1))
}

type memCands struct {
	mu       sync.Mutex
	loaded   bool      // the index mirrors the committed events
	loadedAt time.Time // last load
	dataVer  int64     // the writer connection's PRAGMA data_version at the last check
	floor    string    // events dated after floor are all held ("": every dated one)
	n        int
	byType   map[string]*typeIndex
	byCell   map[cellKey]*typeIndex
	byID     map[string]*memCand
	dayCount map[string]int // events held per date, all types
	loads    int            // how many times the index was loaded (tests)
}

func newMemCands() *memCands { return &memCands{} }

// invalidate marks the index stale: events changed other than through a
// candTx.
func (m *memCands) invalidate() {
	m.mu.Lock()
	m.loaded = false
	m.mu.Unlock()
}

// usable reports whether queries inside the next batch can be answered
// from memory (or the index loaded for them).
func (m *memCands) usable(now time.Time) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.loaded || now.Sub(m.loadedAt) >= memReloadEvery
}

// begin prepares the index for a write transaction on the writer's
// connection: checks that no other connection changed the database since
// the last check, and loads the index if it is stale and may be loaded
// again. It returns nil when the batch must query SQL, also when the
// check or the load fails (logged; the index is an optimisation, and SQL
// reports any error that matters to the documents themselves).
func (m *memCands) begin(ctx context.Context, tx *sql.Tx, now time.Time) *candTx {
	m.mu.Lock()
	defer m.mu.Unlock()
	var ver int64
	if err := tx.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&ver); err != nil {
		m.loaded = false
		slog.Warn("cluster candidates in memory: data version", "err", err)
		return nil
	}
	if ver != m.dataVer {
		// Another connection (another process) wrote: a first check
		// included, as nothing was loaded under the old value.
		m.dataVer, m.loaded = ver, false
	}
	if !m.loaded {
		if now.Sub(m.loadedAt) < memReloadEvery && m.loads > 0 {
			return nil
		}
		if err := m.load(ctx, tx, now); err != nil {
			m.loaded = false
			slog.Warn("cluster candidates in memory: not loaded; reading them with SQL", "err", err)
			return nil
		}
	}
	return &candTx{m: m}
}

// load reads the asserted events of the newest dates into the index,
// inside tx.
func (m *memCands) load(ctx context.Context, tx *sql.Tx, now time.Time) error {
	m.loadedAt, m.loads = now, m.loads+1
	m.n, m.floor = 0, ""
	m.reset()
	rows, err := tx.QueryContext(ctx, `SELECT id, cluster_id, body, type, event_date, lat, lon FROM events
		WHERE asserted = 1 AND event_date > '' ORDER BY event_date DESC LIMIT ?`, maxMemCands+1)
	if err != nil {
		return fmt.Errorf("load cluster candidates: %w", err)
	}
	defer rows.Close()
	var all []*memCand
	var body sql.RawBytes
	for rows.Next() {
		var id, cl, typ, date string
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&id, &cl, &body, &typ, &date, &lat, &lon); err != nil {
			return fmt.Errorf("load cluster candidates: %w", err)
		}
		e, err := store.DecodeCandidate(body)
		if err != nil {
			return fmt.Errorf("load cluster candidates: event %s: %w", id, err)
		}
		e.ID = id
		all = append(all, &memCand{c: store.Candidate{Event: e, ClusterID: cl}, typ: typ, date: date,
			lat: lat.Float64, lon: lon.Float64, hasLoc: lat.Valid && lon.Valid})
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load cluster candidates: %w", err)
	}
	if len(all) > maxMemCands {
		// The oldest date read may be cut: hold only the dates after it.
		m.floor = all[len(all)-1].date
	}
	for _, c := range all {
		if c.date > m.floor {
			m.add(c)
		}
	}
	m.loaded = true
	return nil
}

// reset empties the index (the caller holds mu).
func (m *memCands) reset() {
	m.n = 0
	m.byType, m.byCell, m.byID, m.dayCount = map[string]*typeIndex{}, map[cellKey]*typeIndex{}, map[string]*memCand{}, map[string]int{}
}

// add puts c in the index (the caller holds mu and has checked its date
// is after floor), replacing an event of the same id. An event without a
// place is left out: no candidate query reaches it (the SQL's bounding
// box excludes NULL coordinates).
func (m *memCands) add(c *memCand) {
	if old := m.byID[c.c.Event.ID]; old != nil {
		m.remove(old)
	}
	if !c.hasLoc {
		return
	}
	ti := m.byType[c.typ]
	if ti == nil {
		ti = newTypeIndex()
		m.byType[c.typ] = ti
	}
	ti.insert(c)
	cx, cy := cellOf(c.lon, c.lat)
	k := cellKey{c.typ, cx, cy}
	ci := m.byCell[k]
	if ci == nil {
		ci = newTypeIndex()
		m.byCell[k] = ci
	}
	ci.insert(c)
	m.byID[c.c.Event.ID] = c
	m.dayCount[c.date]++
	m.n++
}

// remove takes c out of the index (the caller holds mu).
func (m *memCands) remove(c *memCand) {
	if m.byType[c.typ].delete(c) {
		delete(m.byType, c.typ)
	}
	cx, cy := cellOf(c.lon, c.lat)
	k := cellKey{c.typ, cx, cy}
	if m.byCell[k].delete(c) {
		delete(m.byCell, k)
	}
	delete(m.byID, c.c.Event.ID)
	if m.dayCount[c.date]--; m.dayCount[c.date] == 0 {
		delete(m.dayCount, c.date)
	}
	m.n--
}

// shrink drops the oldest dates until the index holds at most three
// quarters of maxMemCands, raising floor (the caller holds mu).
func (m *memCands) shrink() {
	if m.n <= maxMemCands {
		return
	}
	dates := make([]string, 0, len(m.dayCount))
	for d := range m.dayCount {
		dates = append(dates, d)
	}
	slices.Sort(dates)
	cut := 0
	for over := m.n - maxMemCands*3/4; cut < len(dates) && over > 0; cut++ {
		over -= m.dayCount[dates[cut]]
	}
	drop := map[string]bool{}
	for _, d := range dates[:cut] {
		drop[d] = true
		delete(m.dayCount, d)
	}
	for typ, ti := range m.byType {
		if ti.dropDates(drop, func(c *memCand) { delete(m.byID, c.c.Event.ID); m.n-- }) {
			delete(m.byType, typ)
		}
	}
	for k, ci := range m.byCell {
		if ci.dropDates(drop, nil) {
			delete(m.byCell, k)
		}
	}
	m.floor = dates[cut-1]
}

// covers reports whether the index answers f exactly: a dated window
// after floor, in a bounding box, by types, and nothing else (the caller
// holds mu).
func (m *memCands) covers(f store.EventFilter) bool {
	return m.loaded && f.BBox != nil && f.From != "" && f.To != "" && f.From > m.floor && len(f.Types) > 0 &&
		f.ID == "" && f.Near == nil && len(f.Modes) == 0 && f.Actor == "" && f.Country == "" && f.Admin1 == "" &&
		f.Source == "" && f.Text == "" && f.DocumentID == "" && f.ClusterID == "" && f.After == ""
}

// matches reports whether c is inside f's window (types aside).
func (c *memCand) matches(f store.EventFilter) bool {
	b := f.BBox
	return c.date >= f.From && c.date <= f.To && c.hasLoc &&
		c.lat >= b[1] && c.lat <= b[3] && c.lon >= b[0] && c.lon <= b[2]
}

// candTx is the index as seen inside one write transaction: the
// committed events, plus those the transaction stored (adds) and the
// clusters it gave earlier events (clusters), applied at commit.
type candTx struct {
	m        *memCands
	adds     []*memCand
	added    map[string]int // event id → index in adds
	clusters map[string]string
}

// query answers f as clusterCandidates' SQL would inside the transaction,
// or reports false when the index does not cover f.
func (t *candTx) query(f store.EventFilter) ([]store.Candidate, bool) {
	m := t.m
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.covers(f) {
		return nil, false
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 200
	}
	var out []*memCand
	b := f.BBox
	cx0, cy0 := cellOf(b[0], b[1])
	cx1, cy1 := cellOf(b[2], b[3])
	byCell := (int(cx1)-int(cx0)+1)*(int(cy1)-int(cy0)+1) <= maxQueryCells
	for _, typ := range f.Types {
		if byCell {
			for cx := cx0; cx <= cx1; cx++ {
				for cy := cy0; cy <= cy1; cy++ {
					if ci := m.byCell[cellKey{typ, cx, cy}]; ci != nil {
						out = ci.collect(f, limit, out)
					}
				}
			}
		} else if ti := m.byType[typ]; ti != nil {
			out = ti.collect(f, limit, out)
		}
		for _, c := range t.adds {
			if c.typ == typ && c.matches(f) {
				out = append(out, c)
			}
		}
	}
	slices.SortFunc(out, func(a, b *memCand) int { return newestFirst(a.date, a.c.Event.ID, b.date, b.c.Event.ID) })
	// An event added again in this transaction replaces its committed
	// row (a duplicate id fails the insert, so this is rare).
	res := make([]store.Candidate, 0, min(len(out), limit))
	for _, c := range out {
		if len(res) == limit {
			break
		}
		if j, ok := t.added[c.c.Event.ID]; ok && t.adds[j] != c {
			continue
		}
		cand := c.c
		if cl, ok := t.clusters[cand.Event.ID]; ok {
			cand.ClusterID = cl
		}
		res = append(res, cand)
	}
	return res, true
}

// stored records a document's events, inserted by the transaction in
// the clusters own names, and the clusters others gives earlier events.
func (t *candTx) stored(a *store.Analysis, docID string, own, others map[string]string) {
	if a != nil {
		for _, e := range a.Events {
			if !e.Aux.Asserted() || e.Date == "" {
				continue
			}
			e.DocumentID = docID
			c := &memCand{c: store.Candidate{Event: store.CandidateOf(e), ClusterID: own[e.ID]}, typ: e.Type, date: e.Date}
			if l := e.Location; l != nil {
				c.lat, c.lon, c.hasLoc = l.Lat, l.Lon, true
			}
			if t.added == nil {
				t.added = map[string]int{}
			}
			t.added[e.ID] = len(t.adds)
			t.adds = append(t.adds, c)
		}
	}
	for ev, cl := range others {
		if t.clusters == nil {
			t.clusters = map[string]string{}
		}
		t.clusters[ev] = cl
	}
}

// commit applies the transaction's changes to the index, once the
// transaction has committed.
func (t *candTx) commit() {
	m := t.m
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.loaded {
		return // stale meanwhile: the next load reads it all
	}
	for _, c := range t.adds {
		if c.date > m.floor {
			m.add(c)
		}
	}
	for ev, cl := range t.clusters {
		if c := m.byID[ev]; c != nil {
			c.c.ClusterID = cl
		} else if j, ok := t.added[ev]; ok {
			t.adds[j].c.ClusterID = cl
		}
	}
	m.shrink()
}
