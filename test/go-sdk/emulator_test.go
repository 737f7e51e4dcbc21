// The emulator held against IONOS's official Go SDK (github.com/ionos-cloud/sdk-go/v6, what
// Terraform's IONOS provider and ionosctl are built on): every answer the SDK reads is decoded again
// strictly into the SDK's own model, unknown fields disallowed.
package gosdk

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	ionoscloud "github.com/ionos-cloud/sdk-go/v6"
)

const token = "emulator-token"

var emulatorURL string

// TestMain starts the emulator's command, as a user's suite would (`ionos-emulator --port 0`), and
// stops it after the tests.
func TestMain(m *testing.M) {
	cli, err := filepath.Abs(filepath.Join("..", "..", "dist", "emulator", "cli.js"))
	if err != nil {
		panic(err)
	}
	cmd := exec.Command("node", cli, "--port", "0", "--request-delay", "30")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		panic(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		fmt.Fprintf(os.Stderr, "cannot start the emulator (%v): run `npm run build` first\n", err)
		os.Exit(1)
	}
	first, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		fmt.Fprintf(os.Stderr, "the emulator printed no address: %v\n", err)
		os.Exit(1)
	}
	fields := strings.Fields(first)
	emulatorURL = fields[len(fields)-1]
	code := m.Run()
	_ = cmd.Process.Signal(os.Interrupt)
	_ = cmd.Wait()
	os.Exit(code)
}

// recorder keeps every answer's body, so that a test can decode it again strictly.
type recorder struct {
	mu     sync.Mutex
	bodies map[string][]byte
	last   []byte
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil {
		return nil, err
	}
	res.Body = io.NopCloser(bytes.NewReader(body))
	r.mu.Lock()
	r.last = body
	r.mu.Unlock()
	return res, nil
}

func (r *recorder) lastBody() []byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.last
}

func client(t *testing.T) (*ionoscloud.APIClient, *recorder) {
	t.Helper()
	rec := &recorder{bodies: map[string][]byte{}}
	cfg := ionoscloud.NewConfiguration("", "", token, emulatorURL)
	cfg.HTTPClient = &http.Client{Transport: rec, Timeout: 30 * time.Second}
	cfg.PollInterval = 20 * time.Millisecond
	cfg.MaxRetries = 0
	return ionoscloud.NewAPIClient(cfg), rec
}

// strict decodes the last answer into a fresh value of the model's type, unknown fields disallowed.
func strict[T any](t *testing.T, rec *recorder) T {
	t.Helper()
	var model T
	decoder := json.NewDecoder(bytes.NewReader(rec.lastBody()))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(&model); err != nil {
		t.Fatalf("the answer does not decode strictly into %T: %v\n%s", model, err, rec.lastBody())
	}
	return model
}

var userCounter int
var userMu sync.Mutex

// newUser is a user of its own per test: with no --user, every UUID is a user.
func newUser() string {
	userMu.Lock()
	defer userMu.Unlock()
	userCounter++
	return fmt.Sprintf("%08x-0000-4000-8000-00000000005d", 0x60000000+userCounter)
}

func must(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// sdkError is the error an SDK call failed with, its body decoded strictly as the SDK's Error model.
func sdkError(t *testing.T, err error, wantStatus int) ionoscloud.Error {
	t.Helper()
	apiErr, ok := err.(ionoscloud.GenericOpenAPIError)
	if !ok {
		t.Fatalf("expected the SDK's GenericOpenAPIError, got %T: %v", err, err)
	}
	if apiErr.StatusCode() != wantStatus {
		t.Fatalf("status %d, want %d: %s", apiErr.StatusCode(), wantStatus, apiErr.Body())
	}
	var model ionoscloud.Error
	decoder := json.NewDecoder(bytes.NewReader(apiErr.Body()))
	decoder.DisallowUnknownFields()
	must(t, decoder.Decode(&model), "the error body as the SDK's Error model")
	if model.HttpStatus == nil || int(*model.HttpStatus) != wantStatus || model.Messages == nil || len(*model.Messages) == 0 {
		t.Fatalf("an Error without its status or messages: %s", apiErr.Body())
	}
	return model
}

var ctx = context.Background()

// createKeys makes n keys for the user through the SDK, each waited for, and returns their ids.
func createKeys(t *testing.T, api *ionoscloud.APIClient, user string, n int) []string {
	t.Helper()
	var ids []string
	for i := 0; i < n; i++ {
		key, res, err := api.UserS3KeysApi.UmUsersS3keysPost(ctx, user).Execute()
		must(t, err, "POST")
		_, err = api.WaitForRequest(ctx, res.Header.Get("Location"))
		must(t, err, "wait")
		ids = append(ids, *key.Id)
	}
	return ids
}
