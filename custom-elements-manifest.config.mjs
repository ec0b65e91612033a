// Custom Elements Manifest: Lit's internal reactive state (`static properties = { x: { state: true } }`)
// is neither an attribute nor public API, so it is left out of the manifest (and the docs built on it).
function litStateIsInternal() {
  const stateFields = new Map(); // class name → Set of field names
  return {
    name: 'lit-state-is-internal',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStaticProperties =
          ts.isPropertyDeclaration(member) &&
          member.name?.getText() === 'properties' &&
          member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStaticProperties || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (!isState) continue;
          const names = stateFields.get(node.name.getText()) ?? new Set();
          names.add(property.name.getText());
          stateFields.set(node.name.getText(), names);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const all = new Set([...stateFields.values()].flatMap((names) => [...names]));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          declaration.attributes = declaration.attributes?.filter((attribute) => !all.has(attribute.fieldName));
          declaration.members = declaration.members?.filter((member) => !(member.kind === 'field' && all.has(member.name)));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.element.ts', 'src/core/content-element.ts'],
  outdir: '.',
  litelement: true,
  plugins: [litStateIsInternal()],
};
