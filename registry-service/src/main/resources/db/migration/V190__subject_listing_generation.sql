-- GET /subjects at deep offsets starts from a cached checkpoint (every Nth subject of a listing) instead of reading
-- every subject before the page. A checkpoint is only right while no version was added, soft-deleted or removed since
-- it was read: every such write takes this sequence's next value before it commits and again after, and a cached
-- checkpoint is used only under the value it was read at. A sequence never waits for another writer.
CREATE SEQUENCE registry_subject_listing_generation;
