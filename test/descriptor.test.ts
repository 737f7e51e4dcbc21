import { expect } from "chai";
import { z } from "zod";
import { importedInputsOf, inputChanges, notAnInput, userInput, userInputsOf } from "../provider/common/descriptor";
import { S3KeyInputsSchema } from "../provider/s3-key/s3-key-descriptor";
import { AccessKeyInputsSchema } from "../provider/access-key/access-key-descriptor";
import { UNKNOWN } from "../provider/common/wire";

// One declaration per resource's inputs: what the diff, check's messages and imports read from it.
describe("the inputs' declaration", () => {
  /** A resource with one input of each kind, as a new resource type would declare them. */
  const Widget = z.strictObject({
    owner: userInput(z.string(), {
      description: "Who owns it.",
      type: "string",
      replaceOnChanges: true,
      imported: true,
    }),
    size: userInput(z.number().default(3), { description: "How big.", type: "string" }),
    label: userInput(z.string().optional(), { description: "A label.", type: "string" }),
    identity: z.string().optional(),
  });

  it("lists the user inputs in order, with their defaults, and never the bookkeeping", () => {
    expect(userInputsOf(Widget).map((i) => [i.name, i.default])).to.deep.equal([
      ["owner", undefined],
      ["size", 3],
      ["label", undefined],
    ]);
    expect(notAnInput("Widget", Widget)).to.equal("not an input of Widget, which takes owner, size and label");
    expect(notAnInput("S3Key", S3KeyInputsSchema)).to.equal(
      "not an input of S3Key, which takes userId, active, keepers and adoptKeyId",
    );
    expect(notAnInput("AccessKey", AccessKeyInputsSchema)).to.equal(
      "not an input of AccessKey, which takes description and rotation",
    );
  });

  it("diffs by the declaration: replace-on-change inputs replace, the others update, defaults count as given", () => {
    const olds = { owner: "a", size: 3, identity: "urn:x" };
    expect(inputChanges(Widget, olds, { owner: "a" })).to.deep.equal({ replacing: [], updating: false });
    expect(inputChanges(Widget, olds, { owner: "b", size: 3 })).to.deep.equal({
      replacing: ["owner"],
      updating: false,
    });
    expect(inputChanges(Widget, olds, { owner: "a", label: "new" })).to.deep.equal({ replacing: [], updating: true });
    expect(inputChanges(Widget, olds, { owner: "a", size: 4 })).to.deep.equal({ replacing: [], updating: true });
    expect(inputChanges(Widget, olds, { owner: UNKNOWN }), "not known yet: may change").to.deep.equal({
      replacing: ["owner"],
      updating: false,
    });
    expect(inputChanges(Widget, olds, { owner: "a", identity: "urn:y" }), "bookkeeping never diffs").to.deep.equal({
      replacing: [],
      updating: false,
    });
  });

  it("takes an imported key's inputs from its outputs, only those declared imported", () => {
    expect(importedInputsOf(Widget, { owner: "a", size: 9, label: "l" })).to.deep.equal({ owner: "a" });
    expect(
      importedInputsOf(S3KeyInputsSchema, { userId: "u", active: false, keyId: "k", secretKey: "s" }),
    ).to.deep.equal({
      userId: "u",
      active: false,
    });
  });
});
