// Package natsq distributes geowire's work over NATS JetStream: fetch jobs
// (an article URL with its feed metadata) and analysis jobs (a raw
// document with its body) go into work-queue streams that any number of
// worker processes pull from; a job leaves its stream only when a worker
// acks it after the store commit.
//
// In: jobs from the coordinator (Publish…), handlers from the worker
// (Work). Out: deliveries to the handlers, poison messages in the
// dead-letter stream with their error, and a shared per-host schedule
// (HostLimiter) so politeness holds across workers.
//
// It never extracts, analyses or stores: the handlers the worker passes
// in do (through internal/pipeline), and their idempotence is what makes
// redelivery safe.
//
// Layout, for a prefix P (default "GEOWIRE", subjects in lower case):
//
//	stream P_FETCH    subjects p.fetch.<host-hash>   work queue, dedup by canonical URL
//	stream P_ANALYZE  subject  p.analyze             work queue, dedup by canonical URL / content hash
//	stream P_DLQ      subjects p.dlq.>               limits, kept 30 days
//	KV     P_HOSTS                                   next allowed request start per host
//	object P_BODIES                                  bodies too large for a message
package natsq
