package gosdk

import (
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	ionoscloud "github.com/ionos-cloud/sdk-go/v6"
)

// The sequence Terraform's ionoscloud_s3_key runs: POST, wait for the request, read, PUT active,
// wait, read, DELETE, wait, and the key is gone.
func TestTerraformS3KeyLifecycle(t *testing.T) {
	api, rec := client(t)
	user := newUser()
	created, res, err := api.UserS3KeysApi.UmUsersS3keysPost(ctx, user).Execute()
	must(t, err, "POST s3keys")
	if res.StatusCode != http.StatusAccepted {
		t.Fatalf("POST answered %d, want 202", res.StatusCode)
	}
	strict[ionoscloud.S3Key](t, rec)
	location := res.Header.Get("Location")
	if !strings.Contains(location, "/requests/") {
		t.Fatalf("no request in Location: %q", location)
	}
	_, err = api.WaitForRequest(ctx, location)
	must(t, err, "wait for the create")
	keyID := *created.Id
	if created.Properties == nil || created.Properties.SecretKey == nil || *created.Properties.SecretKey == "" {
		t.Fatalf("the create's answer carries no secret")
	}

	read, _, err := api.UserS3KeysApi.UmUsersS3keysFindByKeyId(ctx, user, keyID).Depth(1).Execute()
	must(t, err, "GET the key")
	strict[ionoscloud.S3Key](t, rec)
	if !*read.Properties.Active || *read.Properties.SecretKey != *created.Properties.SecretKey {
		t.Fatalf("the key read back differs: %+v", *read.Properties)
	}

	inactive := false
	put, res, err := api.UserS3KeysApi.UmUsersS3keysPut(ctx, user, keyID).
		S3Key(ionoscloud.S3Key{Properties: &ionoscloud.S3KeyProperties{Active: &inactive}}).Execute()
	must(t, err, "PUT active=false")
	strict[ionoscloud.S3Key](t, rec)
	if *put.Properties.Active {
		t.Fatalf("PUT answered active")
	}
	_, err = api.WaitForRequest(ctx, res.Header.Get("Location"))
	must(t, err, "wait for the PUT")
	read, _, err = api.UserS3KeysApi.UmUsersS3keysFindByKeyId(ctx, user, keyID).Execute()
	must(t, err, "GET after the PUT")
	if *read.Properties.Active {
		t.Fatalf("still active after the PUT")
	}

	res, err = api.UserS3KeysApi.UmUsersS3keysDelete(ctx, user, keyID).Execute()
	must(t, err, "DELETE")
	if res.StatusCode != http.StatusAccepted {
		t.Fatalf("DELETE answered %d, want 202", res.StatusCode)
	}
	_, err = api.WaitForRequest(ctx, res.Header.Get("Location"))
	must(t, err, "wait for the DELETE")
	_, _, err = api.UserS3KeysApi.UmUsersS3keysFindByKeyId(ctx, user, keyID).Execute()
	model := sdkError(t, err, 422)
	if code := *(*model.Messages)[0].ErrorCode; code != "[VDC-21-2]" {
		t.Fatalf("a deleted key's error code %q, want IONOS's [VDC-21-2]", code)
	}
}

// Every list option the SDK offers on a user's keys: depth, pretty, maxResults, orderBy, filter.
func TestListOptions(t *testing.T) {
	api, rec := client(t)
	user := newUser()
	ids := createKeys(t, api, user, 3)
	inactive := false
	_, res, err := api.UserS3KeysApi.UmUsersS3keysPut(ctx, user, ids[2]).
		S3Key(ionoscloud.S3Key{Properties: &ionoscloud.S3KeyProperties{Active: &inactive}}).Execute()
	must(t, err, "PUT")
	_, err = api.WaitForRequest(ctx, res.Header.Get("Location"))
	must(t, err, "wait")

	shallow, _, err := api.UserS3KeysApi.UmUsersS3keysGet(ctx, user).Pretty(false).Execute()
	must(t, err, "list, depth 0, not pretty")
	strict[ionoscloud.S3Keys](t, rec)
	if len(*shallow.Items) != 3 || (*shallow.Items)[0].Properties != nil {
		t.Fatalf("depth 0 lists references only: %s", rec.lastBody())
	}
	if strings.Contains(string(rec.lastBody()), "\n") {
		t.Fatalf("pretty=false answered indented JSON")
	}
	one, _, err := api.UserS3KeysApi.UmUsersS3keysGet(ctx, user).Depth(1).MaxResults(1).Execute()
	must(t, err, "maxResults=1")
	strict[ionoscloud.S3Keys](t, rec)
	if len(*one.Items) != 1 {
		t.Fatalf("maxResults=1 over three keys listed %d", len(*one.Items))
	}
	off, _, err := api.UserS3KeysApi.UmUsersS3keysGet(ctx, user).Depth(1).Filter("active", "false").Execute()
	must(t, err, "filter.active=false")
	if len(*off.Items) != 1 || *(*off.Items)[0].Id != ids[2] {
		t.Fatalf("filter.active=false listed %s", rec.lastBody())
	}
	ordered, _, err := api.UserS3KeysApi.UmUsersS3keysGet(ctx, user).Depth(1).OrderBy("id").Execute()
	must(t, err, "orderBy=id")
	want := append([]string(nil), ids...)
	sort.Strings(want)
	for i, key := range *ordered.Items {
		if *key.Id != want[i] {
			t.Fatalf("orderBy=id listed %v, want %v", rec.lastBody(), want)
		}
	}
	_, _, err = api.UserS3KeysApi.UmUsersS3keysGet(ctx, user).Filter("colour", "red").Execute()
	model := sdkError(t, err, 422)
	if !strings.Contains(*(*model.Messages)[0].Message, "active") {
		t.Fatalf("an unknown filter's message names no known property: %s", *(*model.Messages)[0].Message)
	}
}

func TestSsoUrl(t *testing.T) {
	api, rec := client(t)
	user := newUser()
	sso, _, err := api.UserS3KeysApi.UmUsersS3ssourlGet(ctx, user).Execute()
	must(t, err, "GET s3ssourl")
	strict[ionoscloud.S3ObjectStorageSSO](t, rec)
	if sso.SsoUrl == nil || !strings.Contains(*sso.SsoUrl, user) {
		t.Fatalf("no SSO URL for the user: %s", rec.lastBody())
	}
}

// Errors come as the SDK's Error model: a wrong token, an unknown user, a sixth key, a bad body.
func TestErrors(t *testing.T) {
	cfg := ionoscloud.NewConfiguration("", "", "wrong-token", emulatorURL)
	cfg.MaxRetries = 0
	wrong := ionoscloud.NewAPIClient(cfg)
	_, _, err := wrong.UserS3KeysApi.UmUsersS3keysGet(ctx, newUser()).Execute()
	sdkError(t, err, 401)

	api, _ := client(t)
	_, _, err = api.UserS3KeysApi.UmUsersS3keysGet(ctx, "not-a-user").Execute()
	sdkError(t, err, 404)

	user := newUser()
	createKeys(t, api, user, 5)
	_, _, err = api.UserS3KeysApi.UmUsersS3keysPost(ctx, user).Execute()
	model := sdkError(t, err, 422)
	if !strings.Contains(*(*model.Messages)[0].Message, "maximum of 5") {
		t.Fatalf("a sixth key's message: %s", *(*model.Messages)[0].Message)
	}

	keys, _, err := api.UserS3KeysApi.UmUsersS3keysGet(ctx, user).Execute()
	must(t, err, "list")
	_, _, err = api.UserS3KeysApi.UmUsersS3keysPut(ctx, user, *(*keys.Items)[0].Id).
		S3Key(ionoscloud.S3Key{Properties: &ionoscloud.S3KeyProperties{}}).Execute()
	sdkError(t, err, 422)
}

// A request's status decodes as the SDK's RequestStatus, and the SDK's own wait sees it DONE.
func TestWaitSeesDone(t *testing.T) {
	api, rec := client(t)
	_, res, err := api.UserS3KeysApi.UmUsersS3keysPost(ctx, newUser()).Execute()
	must(t, err, "POST")
	deadline, cancel := contextWithTimeout(5 * time.Second)
	defer cancel()
	status, _, err := api.GetRequestStatus(deadline, res.Header.Get("Location"))
	must(t, err, "GET the status")
	strict[ionoscloud.RequestStatus](t, rec)
	if status.Metadata == nil || status.Metadata.Status == nil {
		t.Fatalf("a status without metadata.status: %s", rec.lastBody())
	}
	_, err = api.WaitForRequest(deadline, res.Header.Get("Location"))
	must(t, err, "WaitForRequest")
}
