package gosdk

import (
	"context"
	"strings"
	"testing"
	"time"

	ionoscloud "github.com/ionos-cloud/sdk-go/v6"
)

func contextWithTimeout(d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), d)
}

// The Requests API as the provider uses it to prove which key a POST made: the list with filters,
// paging and maxResults; a request by id; its status, naming the key in targets.
func TestRequestsAPI(t *testing.T) {
	api, rec := client(t)
	user := newUser()
	keyIDs := createKeys(t, api, user, 3)

	list, _, err := api.RequestsApi.RequestsGet(ctx).Depth(2).FilterUrl(user).FilterMethod("POST").Execute()
	must(t, err, "GET /requests filtered")
	strict[ionoscloud.Requests](t, rec)
	if list.Items == nil || len(*list.Items) != 3 {
		t.Fatalf("the user's three POSTs, filtered by url and method: %s", rec.lastBody())
	}
	for _, request := range *list.Items {
		if *request.Properties.Method != "POST" || !strings.Contains(*request.Properties.Url, user) {
			t.Fatalf("a request outside the filter: %+v", request.Properties)
		}
		if request.Metadata.RequestStatus.Metadata == nil || *request.Metadata.RequestStatus.Metadata.Status != "DONE" {
			t.Fatalf("depth 2 shows the status: %s", rec.lastBody())
		}
	}

	page, _, err := api.RequestsApi.RequestsGet(ctx).Depth(1).FilterUrl(user).Offset(1).Limit(1).Execute()
	must(t, err, "offset=1 limit=1")
	strict[ionoscloud.Requests](t, rec)
	if len(*page.Items) != 1 || *page.Offset != 1 || *page.Limit != 1 || page.Links == nil {
		t.Fatalf("a page of one: %s", rec.lastBody())
	}
	capped, _, err := api.RequestsApi.RequestsGet(ctx).Depth(1).FilterUrl(user).MaxResults(2).Execute()
	must(t, err, "maxResults=2")
	if len(*capped.Items) != 2 {
		t.Fatalf("maxResults=2 listed %d", len(*capped.Items))
	}

	requestID := *(*list.Items)[0].Id
	one, _, err := api.RequestsApi.RequestsFindById(ctx, requestID).Depth(1).Execute()
	must(t, err, "GET /requests/{id}")
	strict[ionoscloud.Request](t, rec)
	if *one.Id != requestID {
		t.Fatalf("another request: %s", rec.lastBody())
	}
	status, _, err := api.RequestsApi.RequestsStatusGet(ctx, requestID).Execute()
	must(t, err, "GET /requests/{id}/status")
	strict[ionoscloud.RequestStatus](t, rec)
	targets := *status.Metadata.Targets
	found := false
	for _, id := range keyIDs {
		found = found || *targets[0].Target.Id == id
	}
	if len(targets) != 1 || !found {
		t.Fatalf("the status names no key of this user: %s", rec.lastBody())
	}

	_, _, err = api.RequestsApi.RequestsGet(ctx).Filter("colour", "red").Execute()
	sdkError(t, err, 422)
	_, _, err = api.RequestsApi.RequestsFindById(ctx, "00000000-0000-4000-8000-000000000000").Execute()
	sdkError(t, err, 404)
}
